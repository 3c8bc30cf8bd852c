// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        /** @description 动态口令 */
                        code?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                429: components["responses"]["Error429"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录：经统一身份认证登录的，另给出认证服务的退出地址（浏览器转到该地址，认证服务的会话一并结束） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            /** @description 认证服务的退出地址 */
                            redirectTo?: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户（include=policy：同时返回制度文件、词表和本院现行规则，须有查阅制度的权限） */
        get: {
            parameters: {
                query?: {
                    include?: "policy";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: number;
                            username: string;
                            displayName: string;
                            personId: number | null;
                            institution: {
                                id: number;
                                name: string;
                                shortName: string;
                            };
                            roles: {
                                role: string;
                                label: string;
                            }[];
                            permissions: string[];
                            scope: {
                                all: boolean;
                                departmentIds?: number[];
                            };
                            mustChangePassword: boolean;
                            totpEnabled: boolean;
                            totpRequired: boolean;
                            passwordMinLength: number;
                            today: string;
                            todayFixed: boolean;
                            policy?: {
                                documents: {
                                    packId: string;
                                    label: string;
                                    short: string;
                                    title: string;
                                    institution: string;
                                    docNo: string | null;
                                }[];
                                vocabulary: {
                                    /** @description 规则取值的中文名称（与“制度”页相同） */
                                    values: {
                                        [key: string]: string;
                                    };
                                    /** @description 按类别的中文名称：同一标识符在不同类别中含义不同时以此为准 */
                                    groups: {
                                        [key: string]: {
                                            [key: string]: string;
                                        };
                                    };
                                };
                                rules: {
                                    key: string;
                                    area: string;
                                    description: string;
                                    unit: string | null;
                                    value: unknown;
                                    valueText: string;
                                    since: string;
                                    until: string | null;
                                    packId: string;
                                    citation: string | null;
                                    isDefault: boolean;
                                    documentTitle: string | null;
                                    note: string | null;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码：须输入当前密码；新密码须符合复杂度要求；修改后其他会话全部失效 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current: string;
                        next: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始设置或更换动态口令：须输入当前密码，已启用动态口令的还须输入当前的动态口令；生成密钥和二维码（用身份验证器扫描后输入 6 位数字确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 当前密码 */
                        password: string;
                        /** @description 当前的动态口令（已启用时） */
                        code?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            uri: string;
                            qr: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认动态口令：输入身份验证器显示的 6 位数字；之后登录须同时输入动态口令；其他会话全部退出 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证：已启用的方式（登录页据此显示“统一身份认证登录”） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oidc: boolean;
                            cas: boolean;
                            messages: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证（OpenID Connect）登录：转到认证服务 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证（OpenID Connect）回调：核验授权码、state、nonce 与 ID 令牌后登录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/cas/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证（CAS）登录：转到认证服务 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/cas/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证（CAS）回调：向认证服务核验服务票据（ST-）后登录 */
        get: {
            parameters: {
                query?: {
                    ticket?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** CAS 单点退出：认证服务通知某票据的会话结束 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        logoutRequest?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录方式设置（系统管理员、安全管理员查看） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oidc: boolean;
                            cas: boolean;
                            localPasswordSignIn: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        /** 登录方式设置（安全管理员）：统一身份认证启用后，可关闭业务用户的本地密码登录；三员（系统、安全、审计管理员）始终以本地密码加动态口令登录 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 业务用户可用本地密码登录 */
                        localPasswordSignIn: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            oidc: boolean;
                            cas: boolean;
                            localPasswordSignIn: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的登录会话 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ref: string;
                            createdAt: string;
                            lastSeenAt: string;
                            ip: string | null;
                            userAgent: string | null;
                            current: boolean;
                            idleEndsAt: string;
                            endsAt: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 结束我的某个登录会话（本次登录请用“退出登录”） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            ended: 1;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出其他设备上的登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表（系统管理员、安全管理员） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            personId: number | null;
                            personName: string | null;
                            roles: {
                                role: string;
                                label: string;
                            }[];
                            disabled: boolean;
                            locked: boolean;
                            mustChangePassword: boolean;
                            createdAt: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 新建账号（系统管理员）：不生成密码，只给出激活码前半段；安全管理员批准后给出后半段，本人凭两段激活码自行设置密码；角色由安全管理员授予；一人只能有一个账号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 用户名 */
                        username: string;
                        /** @description 显示名称 */
                        displayName: string;
                        /** @description 关联人员 */
                        personId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            /** @description 重置申请编号：待安全管理员批准 */
                            resetId: number;
                            /** @description 激活码前半段（系统管理员交给本人） */
                            requestHalf: string;
                            expiresAt: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号（系统管理员）：立即结束其全部会话 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号（系统管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请重置密码（系统管理员）：给出激活码前半段；安全管理员批准后原密码失效、会话结束并给出后半段；本人凭两段激活码（已启用动态口令的还须动态口令）自行设置新密码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            /** @description 重置申请编号：待安全管理员批准 */
                            resetId: number;
                            /** @description 激活码前半段（系统管理员交给本人） */
                            requestHalf: string;
                            expiresAt: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 授予角色（安全管理员，三员分立） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 角色 */
                        roles: ("org" | "discipline" | "office" | "finance" | "foreign_affairs" | "publicity" | "sysadmin" | "secadmin" | "auditor")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色与权限：各权限由哪些角色持有（页面据此说明某一栏目谁可以查看） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            roles: {
                                role: string;
                                label: string;
                            }[];
                            permissions: {
                                permission: string;
                                label: string;
                                roles: {
                                    role: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查找账号（系统管理员、安全管理员）：按姓名、用户名或工号搜索，按授予的角色和状态筛选，分页 */
        get: {
            parameters: {
                query?: {
                    /** @description 姓名、用户名或工号 */
                    q?: string;
                    /** @description 授予的角色 */
                    role?: "org" | "discipline" | "office" | "finance" | "foreign_affairs" | "publicity" | "sysadmin" | "secadmin" | "auditor";
                    /** @description 账号状态 */
                    status?: "enabled" | "disabled" | "locked" | "departed" | "sso";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                username: string;
                                displayName: string;
                                personId: number | null;
                                personName: string | null;
                                staffNo: string | null;
                                /** @description 人员状态：active 在职 / retired 已退休 / left 已离职 */
                                personStatus: string | null;
                                roles: {
                                    role: string;
                                    label: string;
                                }[];
                                disabled: boolean;
                                locked: boolean;
                                mustChangePassword: boolean;
                                /** @description 经统一身份认证登录过（本系统无密码） */
                                sso: boolean;
                                createdAt: string;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出账号清单（Excel，按当前搜索和筛选）；不含任何密码或激活码 */
        get: {
            parameters: {
                query?: {
                    /** @description 姓名、用户名或工号 */
                    q?: string;
                    /** @description 授予的角色 */
                    role?: "org" | "discipline" | "office" | "finance" | "foreign_affairs" | "publicity" | "sysadmin" | "secadmin" | "auditor";
                    /** @description 账号状态 */
                    status?: "enabled" | "disabled" | "locked" | "departed" | "sso";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/disable-departed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用已离职、退休人员的账号（系统管理员）：名册中人员状态不是“在职”的，其账号一次停用，会话全部结束；dryRun 只列出不停用 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 只列出，不停用
                         * @default false
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            accounts: {
                                id: number;
                                username: string;
                                displayName: string;
                                personStatus: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/from-roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按人员名册批量建立账号（系统管理员，未接入统一身份认证的学院）：名册中在职、尚无账号的人各建一个账号（用户名为“学院代码.工号”），角色按职务确定；不生成任何密码，本人须经“重置密码”的两段激活码自行设置；dryRun 只列出 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 只列出，不建立
                         * @default false
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            accounts: {
                                personId: number;
                                username: string;
                                displayName: string;
                            }[];
                            skipped: {
                                personId: number;
                                username: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 密码重置与账号激活申请（安全管理员审批，系统管理员查看）：待批准的和已处理的 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            username: string;
                            displayName: string;
                            /** @description 账号关联的人员：其职务决定账号的业务角色 */
                            personName: string | null;
                            /**
                             * @description reset 重置密码；activation 新账号激活
                             * @enum {string}
                             */
                            kind: "reset" | "activation";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "redeemed" | "cancelled" | "expired";
                            requestedByName: string;
                            requestedAt: string;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            refusalReason: string | null;
                            expiresAt: string;
                            redeemedAt: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-resets/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准重置或激活（安全管理员）：给出激活码后半段（只显示一次）；该账号原密码即时失效，会话全部结束 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            /** @description 激活码后半段（安全管理员交给本人） */
                            approvalHalf: string;
                            expiresAt: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-resets/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不批准重置或激活（安全管理员）：须写明理由；账号不受影响 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 使用激活码设置密码：用户名、系统管理员给的前半段、安全管理员给的后半段（已启用动态口令的还须动态口令），自行设置新密码；激活码一次有效，其他会话全部结束 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        /** @description 激活码前半段 */
                        requestHalf: string;
                        /** @description 激活码后半段 */
                        approvalHalf: string;
                        /** @description 动态口令（已启用时） */
                        code?: string;
                        /** @description 新密码 */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                429: components["responses"]["Error429"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办：本人或本人所在部门角色应办的事项 */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: "open" | "due_soon" | "overdue" | "done" | "waived";
                    departmentId?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description 只看本人应办（person）、与同部门中层干部共同应办（shared）或因所任角色应办（role）的事项 */
                    owedAs?: "person" | "shared" | "role";
                    /** @description 审批、办理环节（“待我办理”中的事项）：include 一并列出（默认），exclude 不列出 */
                    steps?: "include" | "exclude";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                key: string;
                                kind: string;
                                kindLabel: string;
                                title: string;
                                owner: string;
                                subjectPersonId: number | null;
                                subjectDepartmentId: number | null;
                                dueDate: string;
                                doneDate: string | null;
                                /** @enum {string} */
                                status: "open" | "due_soon" | "overdue" | "done" | "waived";
                                statusLabel: string;
                                citation: string | null;
                                isDefaultRule: boolean;
                                /** @description 期限（或决定期限的天数、日期）为系统默认 */
                                dueIsDefault: boolean;
                                link: string;
                                reasons: string[];
                                waiver: {
                                    reason: string;
                                    waivedAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 全院（或所分管部门）应办事项：可按人员、关键词、类别、状态、部门查找 */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: "open" | "due_soon" | "overdue" | "done" | "waived";
                    departmentId?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description 只看与该人员有关的事项（对象或责任人） */
                    personId?: number;
                    /** @description 人员姓名或关键词（事项、责任方、类别、依据） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                key: string;
                                kind: string;
                                kindLabel: string;
                                title: string;
                                owner: string;
                                subjectPersonId: number | null;
                                subjectDepartmentId: number | null;
                                dueDate: string;
                                doneDate: string | null;
                                /** @enum {string} */
                                status: "open" | "due_soon" | "overdue" | "done" | "waived";
                                statusLabel: string;
                                citation: string | null;
                                isDefaultRule: boolean;
                                /** @description 期限（或决定期限的天数、日期）为系统默认 */
                                dueIsDefault: boolean;
                                link: string;
                                reasons: string[];
                                waiver: {
                                    reason: string;
                                    waivedAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作台统计：关键数字、按部门和类别的应办事项 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            /** @description 只含本人分管或所在的部门（院领导、部门负责人），而非全院 */
                            scoped: boolean;
                            keyNumbers: {
                                persons: number;
                                cadres: number;
                                middleCadres: number;
                                leadership: number;
                                departments: number;
                            };
                            totals: {
                                open: number;
                                due_soon: number;
                                overdue: number;
                                done: number;
                                waived: number;
                                total: number;
                            };
                            byKind: {
                                open: number;
                                due_soon: number;
                                overdue: number;
                                done: number;
                                waived: number;
                                total: number;
                                kind: string;
                                label: string;
                            }[];
                            byDepartment: {
                                open: number;
                                due_soon: number;
                                overdue: number;
                                done: number;
                                waived: number;
                                total: number;
                                departmentId: number;
                                name: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免办：写明理由后不再要求办理（如“原则上”条款的例外） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        key: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            kind: string;
                            kindLabel: string;
                            title: string;
                            owner: string;
                            subjectPersonId: number | null;
                            subjectDepartmentId: number | null;
                            dueDate: string;
                            doneDate: string | null;
                            /** @enum {string} */
                            status: "open" | "due_soon" | "overdue" | "done" | "waived";
                            statusLabel: string;
                            citation: string | null;
                            isDefaultRule: boolean;
                            /** @description 期限（或决定期限的天数、日期）为系统默认 */
                            dueIsDefault: boolean;
                            link: string;
                            reasons: string[];
                            waiver: {
                                reason: string;
                                waivedAt: string;
                            } | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出应办事项（Excel，按当前搜索和筛选；全院或所分管部门） */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: "open" | "due_soon" | "overdue" | "done" | "waived";
                    departmentId?: number;
                    /** @description 只看与该人员有关的事项（对象或责任人） */
                    personId?: number;
                    /** @description 人员姓名或关键词（事项、责任方、类别、依据） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/waive-batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量免办：所选事项以同一理由免办；按单项免办的规则逐项核对，未能免办的逐项说明原因且不作修改 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 应办事项的 key（GET /api/duties 所列） */
                        keys: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 已办理的项数 */
                            done: number;
                            /** @description 未办理的项数 */
                            refused: number;
                            items: {
                                key: string;
                                /** @description 事项（不存在的 key 为空） */
                                title: string | null;
                                /** @description 已办理；否则见 code 和 message，未作任何修改 */
                                ok: boolean;
                                code?: string;
                                /** @description 未办理的原因 */
                                message?: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒责任方：所选事项（全院或所分管部门、尚未办结）各向其责任方发送一条督办提醒（站内通知，逾期的同时即时发送），同一事项每人每天一次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 应办事项的 key（GET /api/duties 所列） */
                        keys: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 已办理的项数 */
                            done: number;
                            /** @description 未办理的项数 */
                            refused: number;
                            items: {
                                key: string;
                                /** @description 事项（不存在的 key 为空） */
                                title: string | null;
                                /** @description 已办理；否则见 code 和 message，未作任何修改 */
                                ok: boolean;
                                code?: string;
                                /** @description 未办理的原因 */
                                message?: string;
                            }[];
                            /** @description 发出的通知条数 */
                            notices: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duties/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办（指定谈话人）：所选事项改由指定人员办理，仅限制度允许的类别（一般干部的年度谈心谈话、无人负责的谈话对象）；其他逐项说明原因且不作修改 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 应办事项的 key（GET /api/duties 所列） */
                        keys: string[];
                        /** @description 指定的办理人（谈话人） */
                        personId: number;
                        /** @description 指定理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 已办理的项数 */
                            done: number;
                            /** @description 未办理的项数 */
                            refused: number;
                            items: {
                                key: string;
                                /** @description 事项（不存在的 key 为空） */
                                title: string | null;
                                /** @description 已办理；否则见 code 和 message，未作任何修改 */
                                ok: boolean;
                                code?: string;
                                /** @description 未办理的原因 */
                                message?: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待我办理：各项程序中等待本人办理的环节 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            overdue: number;
                            items: {
                                key: string;
                                /** @description 所属业务（兼职管理、容错纠错…） */
                                area: string;
                                kind: string;
                                kindLabel: string;
                                /** @description 待办理的环节 */
                                what: string;
                                /** @description 谁的事项（申请人、被函询人…） */
                                whose: string | null;
                                whosePersonId: number | null;
                                /** @description 送达本环节之日 */
                                since: string | null;
                                dueDate: string;
                                /** @description 期限为系统默认（制度未定期限） */
                                dueIsDefault: boolean;
                                /** @enum {string} */
                                status: "open" | "due_soon" | "overdue";
                                statusLabel: string;
                                citation: string | null;
                                /** @description 依据，如《领导干部兼职管理办法》第十三条 */
                                article: string | null;
                                isDefaultRule: boolean;
                                /**
                                 * @description 本人 / 与同部门中层干部共同 / 因所任角色（如党委组织部）
                                 * @enum {string}
                                 */
                                owedAs: "person" | "shared" | "role";
                                owner: string;
                                /** @description 办理页面 */
                                link: string;
                                reasons: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待我办理的环节数（菜单角标） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            overdue: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 制度文件：引用条款时显示的文件名称（按政策包与附件） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                packId: string;
                                label: string;
                                short: string;
                                title: string;
                                institution: string;
                                docNo: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 制度：本院现行有效的全部规则及其出处 */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            ownPack: {
                                id: string;
                                institution: string;
                            };
                            areas: {
                                area: string;
                                label: string;
                                packId: string | null;
                                adopted: boolean;
                                /** @description 制定该制度的单位（参照执行时为原单位） */
                                institution: string | null;
                                /** @description 该领域规则所依据的制度文件名称（不含书名号） */
                                regulations: string[];
                            }[];
                            documents: {
                                packId: string;
                                id: string;
                                label: string;
                                title: string;
                                docNo: string | null;
                                issued: string | null;
                                institution: string;
                            }[];
                            rules: {
                                key: string;
                                area: string;
                                description: string;
                                unit: string | null;
                                value: unknown;
                                valueText: string;
                                since: string;
                                until: string | null;
                                packId: string;
                                citation: string | null;
                                isDefault: boolean;
                                documentTitle: string | null;
                                note: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 词表：规则和表单中标识符的中文名称（职级、部门类别、谈话种类等），页面显示时使用 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 规则取值的中文名称（与“制度”页相同） */
                            values: {
                                [key: string]: string;
                            };
                            /** @description 按类别的中文名称：同一标识符在不同类别中含义不同时以此为准 */
                            groups: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历：某年的法定节假日、调休工作日及管理员调整 */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            known: boolean;
                            /** @enum {string} */
                            source: "package" | "confirmed" | "unknown";
                            knownYears: number[];
                            days: {
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "workday";
                                name: string;
                                /** @enum {string} */
                                source: "package" | "override";
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日推算：某日起第 N 个工作日，或两日之间的工作日数 */
        get: {
            parameters: {
                query: {
                    from: string;
                    add?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            date: string | null;
                            workingDays: number | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入一天的节假日或调休工作日（覆盖节假日数据包） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除一条日历调整 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认某年的节假日安排已全部录入（此后方可按工作日计算该年的期限） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（只读） */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    action?: string;
                    actor?: string;
                    outcome?: "success" | "denied" | "failed";
                    entityType?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                at: string;
                                actorName: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                summary: unknown;
                                ip: string | null;
                                outcome: string;
                                /** @description 操作（中文） */
                                actionLabel: string;
                                /** @description 对象类型（中文） */
                                entityLabel: string | null;
                                /** @description 摘要（中文） */
                                summaryText: string;
                                /** @description 结果（中文） */
                                outcomeLabel: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志可筛选的操作（中文名称） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string;
                            label: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志可筛选的结果（中文名称） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string;
                            label: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志（Excel，按当前筛选，最新的 20000 条以内）；导出本身留痕 */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    action?: string;
                    actor?: string;
                    outcome?: "success" | "denied" | "failed";
                    entityType?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志链（HMAC-SM3，每个单位一条链，逐链校验）：给出第一条被改动、删除或插入的事件；并与数据库之外的锚点比对，发现最新事件被删除、链头被回退或事件被替换 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            unchained: number;
                            firstBroken: {
                                id: number;
                                at: string;
                                action: string;
                                /** @description 原因，以所在审计链的名称开头 */
                                reason: string;
                            } | null;
                            /** @description 逐链结果：每个单位一条审计链，另有一条公共审计链（无所属单位的事件，及分院建链前的全部事件） */
                            chains: {
                                id: number;
                                institutionId: number | null;
                                name: string;
                                ok: boolean;
                                checked: number;
                                unchained: number;
                                firstBroken: {
                                    id: number;
                                    at: string;
                                    action: string;
                                    /** @description 原因，以所在审计链的名称开头 */
                                    reason: string;
                                } | null;
                            }[];
                            anchor: {
                                ok: boolean;
                                anchors: number;
                                latest: {
                                    at: string;
                                    lastId: number | null;
                                    count: number;
                                } | null;
                                problems: {
                                    code: string;
                                    message: string;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上线导入：各台账的导入批次、尚未导入的台账、历史记录产生的应办事项 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ledgers: {
                                key: string;
                                title: string;
                                area: string;
                                available: boolean;
                                description: string | null;
                                /** @description 该台账在其他页面导入（如年度考核结果按年度导入） */
                                elsewhere: {
                                    text: string;
                                    link: string;
                                } | null;
                                /** @description 已导入（未撤销）的行数 */
                                imported: number;
                                batches: {
                                    id: number;
                                    template: string;
                                    templateTitle: string;
                                    fileName: string;
                                    sha256: string;
                                    status: string;
                                    totalRows: number;
                                    counts: {
                                        [key: string]: number;
                                    };
                                    onlyGood: boolean | null;
                                    createdByName: string;
                                    /** @description 上传时间（北京时间） */
                                    createdAt: string;
                                    committedByName: string | null;
                                    committedOn: string | null;
                                    committedAt: string | null;
                                    undoneByName: string | null;
                                    undoneOn: string | null;
                                    undoReason: string | null;
                                    /** @description 当天导入的批次可以撤销 */
                                    undoable: boolean;
                                    /** @description 同一文件此前已导入的批次编号 */
                                    sameFileAs: number | null;
                                }[];
                                consequences: {
                                    title: string;
                                    citation: string;
                                    dueDate: string | null;
                                    status: string;
                                    link: string;
                                    person: string;
                                }[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{template}/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载上线导入模板（Excel，含下拉列表和填写说明） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 导入模板 */
                    template: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{template}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传台账并预览：逐行校验，不写入 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 导入模板 */
                    template: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            template: string;
                            templateTitle: string;
                            fileName: string;
                            sha256: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            onlyGood: boolean | null;
                            createdByName: string;
                            /** @description 上传时间（北京时间） */
                            createdAt: string;
                            committedByName: string | null;
                            committedOn: string | null;
                            committedAt: string | null;
                            undoneByName: string | null;
                            undoneOn: string | null;
                            undoReason: string | null;
                            /** @description 当天导入的批次可以撤销 */
                            undoable: boolean;
                            /** @description 同一文件此前已导入的批次编号 */
                            sameFileAs: number | null;
                            results: {
                                row: number;
                                key: string;
                                label: string;
                                result: string;
                                detail: string;
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上线导入批次：预览或结果 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            template: string;
                            templateTitle: string;
                            fileName: string;
                            sha256: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            onlyGood: boolean | null;
                            createdByName: string;
                            /** @description 上传时间（北京时间） */
                            createdAt: string;
                            committedByName: string | null;
                            committedOn: string | null;
                            committedAt: string | null;
                            undoneByName: string | null;
                            undoneOn: string | null;
                            undoReason: string | null;
                            /** @description 当天导入的批次可以撤销 */
                            undoable: boolean;
                            /** @description 同一文件此前已导入的批次编号 */
                            sameFileAs: number | null;
                            results: {
                                row: number;
                                key: string;
                                label: string;
                                result: string;
                                detail: string;
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** 取消导入：丢弃上传的数据 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            template: string;
                            templateTitle: string;
                            fileName: string;
                            sha256: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            onlyGood: boolean | null;
                            createdByName: string;
                            /** @description 上传时间（北京时间） */
                            createdAt: string;
                            committedByName: string | null;
                            committedOn: string | null;
                            committedAt: string | null;
                            undoneByName: string | null;
                            undoneOn: string | null;
                            undoReason: string | null;
                            /** @description 当天导入的批次可以撤销 */
                            undoable: boolean;
                            /** @description 同一文件此前已导入的批次编号 */
                            sameFileAs: number | null;
                            results: {
                                row: number;
                                key: string;
                                label: string;
                                result: string;
                                detail: string;
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认导入：全部导入（有错误行时不导入任何一行），或只导入正确的行；按记录的自然键更新已导入的记录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 只导入正确的行
                         * @default false
                         */
                        onlyGood?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            template: string;
                            templateTitle: string;
                            fileName: string;
                            sha256: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            onlyGood: boolean | null;
                            createdByName: string;
                            /** @description 上传时间（北京时间） */
                            createdAt: string;
                            committedByName: string | null;
                            committedOn: string | null;
                            committedAt: string | null;
                            undoneByName: string | null;
                            undoneOn: string | null;
                            undoReason: string | null;
                            /** @description 当天导入的批次可以撤销 */
                            undoable: boolean;
                            /** @description 同一文件此前已导入的批次编号 */
                            sameFileAs: number | null;
                            results: {
                                row: number;
                                key: string;
                                label: string;
                                result: string;
                                detail: string;
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销导入批次（仅限导入当天）：删除该批次写入的记录，恢复被其更新的记录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 撤销理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            template: string;
                            templateTitle: string;
                            fileName: string;
                            sha256: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            onlyGood: boolean | null;
                            createdByName: string;
                            /** @description 上传时间（北京时间） */
                            createdAt: string;
                            committedByName: string | null;
                            committedOn: string | null;
                            committedAt: string | null;
                            undoneByName: string | null;
                            undoneOn: string | null;
                            undoReason: string | null;
                            /** @description 当天导入的批次可以撤销 */
                            undoable: boolean;
                            /** @description 同一文件此前已导入的批次编号 */
                            sameFileAs: number | null;
                            results: {
                                row: number;
                                key: string;
                                label: string;
                                result: string;
                                detail: string;
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入结果报告（Excel）：每一行的结果、原因与提示 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员列表 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    departmentId?: number;
                    rank?: "principal" | "leader" | "middle_chief" | "middle_deputy" | "section" | "staff";
                    flag?: "head" | "key_post" | "high_risk_post" | "dual_role" | "cadre";
                    status?: "active" | "retired" | "left";
                    /** @description 只列出这些人员（以逗号分隔的人员编号，如 12,15；选择框显示已选人员时用） */
                    ids?: string;
                    /** @description true：身份证号和手机号打码（人员选择框、部门页如此调用）；不传时同以往 */
                    masked?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                staffNo: string;
                                name: string;
                                gender: string;
                                birthDate: string;
                                idNumber: string;
                                politicalStatus: string;
                                hireDate: string;
                                phone: string | null;
                                status: string;
                                currentPosts: {
                                    tenureId: number;
                                    postId: number;
                                    title: string;
                                    rank: string;
                                    departmentId: number;
                                    departmentName: string;
                                    isHead: boolean;
                                    isKeyPost: boolean;
                                    isHighRiskPost: boolean;
                                    isDualRole: boolean;
                                    startDate: string;
                                    postSince: string;
                                    departmentSince: string;
                                    yearsInPost: number;
                                    yearsInDepartment: number;
                                }[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 新增人员 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        staffNo: string;
                        /** @description 姓名 */
                        name: string;
                        /** @enum {string} */
                        gender: "male" | "female";
                        birthDate: string;
                        idNumber: string;
                        /** @enum {string} */
                        politicalStatus: "cpc_member" | "cpc_probationary" | "league_member" | "democratic_party" | "masses";
                        hireDate: string;
                        phone?: (string | null) | "";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "retired" | "left";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员详情：任职经历、分管部门、相关应办事项 */
        get: {
            parameters: {
                query?: {
                    /** @description true：身份证号和手机号打码（人员页面如此调用，点击查看另行留痕）；不传时同以往：维护花名册者见完整身份证号 */
                    masked?: "true" | "false";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            staffNo: string;
                            name: string;
                            gender: string;
                            birthDate: string;
                            idNumber: string;
                            politicalStatus: string;
                            hireDate: string;
                            phone: string | null;
                            status: string;
                            currentPosts: {
                                tenureId: number;
                                postId: number;
                                title: string;
                                rank: string;
                                departmentId: number;
                                departmentName: string;
                                isHead: boolean;
                                isKeyPost: boolean;
                                isHighRiskPost: boolean;
                                isDualRole: boolean;
                                startDate: string;
                                postSince: string;
                                departmentSince: string;
                                yearsInPost: number;
                                yearsInDepartment: number;
                            }[];
                            /** @description 可否查看完整的身份证号和手机号（点击查看，记入审计日志） */
                            mayReveal: boolean;
                            tenures: {
                                id: number;
                                postId: number;
                                title: string;
                                rank: string;
                                departmentId: number;
                                departmentName: string;
                                startDate: string;
                                endDate: string | null;
                                appointDocNo: string | null;
                                appointReason: string | null;
                                endDocNo: string | null;
                                endReason: string | null;
                            }[];
                            oversights: {
                                id: number;
                                departmentId: number;
                                departmentName: string;
                                startDate: string;
                                endDate: string | null;
                            }[];
                            duties: {
                                key: string;
                                kind: string;
                                kindLabel: string;
                                title: string;
                                owner: string;
                                subjectPersonId: number | null;
                                subjectDepartmentId: number | null;
                                dueDate: string;
                                doneDate: string | null;
                                /** @enum {string} */
                                status: "open" | "due_soon" | "overdue" | "done" | "waived";
                                statusLabel: string;
                                citation: string | null;
                                isDefaultRule: boolean;
                                /** @description 期限（或决定期限的天数、日期）为系统默认 */
                                dueIsDefault: boolean;
                                link: string;
                                reasons: string[];
                                waiver: {
                                    reason: string;
                                    waivedAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改人员信息 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        staffNo?: string;
                        /** @description 姓名 */
                        name?: string;
                        /** @enum {string} */
                        gender?: "male" | "female";
                        birthDate?: string;
                        idNumber?: string;
                        /** @enum {string} */
                        politicalStatus?: "cpc_member" | "cpc_probationary" | "league_member" | "democratic_party" | "masses";
                        hireDate?: string;
                        phone?: (string | null) | "";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "retired" | "left";
                        /** @description 退休日期 */
                        retiredOn?: string;
                        /** @description 退休文号 */
                        retirementDocNo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门列表（含在岗人数、中层干部数、分管院领导） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            sortOrder: number;
                            active: boolean;
                            headcount: number;
                            cadreCount: number;
                            leaders: {
                                personId: number;
                                name: string;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 新增部门 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @description 部门名称 */
                        name: string;
                        /** @enum {string} */
                        kind: "party" | "admin" | "academic" | "support" | "enterprise";
                        /** @default 0 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门详情：职位及在任人员、分管院领导 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            sortOrder: number;
                            active: boolean;
                            posts: {
                                id: number;
                                title: string;
                                rank: string;
                                isHead: boolean;
                                isKeyPost: boolean;
                                isHighRiskPost: boolean;
                                isDualRole: boolean;
                                active: boolean;
                                holders: {
                                    personId: number;
                                    name: string;
                                    tenureId: number;
                                    startDate: string;
                                }[];
                            }[];
                            oversights: {
                                id: number;
                                leaderPersonId: number;
                                leaderName: string;
                                startDate: string;
                                endDate: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改部门 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        /** @description 部门名称 */
                        name?: string;
                        /** @enum {string} */
                        kind?: "party" | "admin" | "academic" | "support" | "enterprise";
                        /** @default 0 */
                        sortOrder?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增职位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: number;
                        title: string;
                        /** @enum {string} */
                        rank: "principal" | "leader" | "middle_chief" | "middle_deputy" | "section" | "staff";
                        /** @default false */
                        isHead?: boolean;
                        /** @default false */
                        isKeyPost?: boolean;
                        /** @default false */
                        isHighRiskPost?: boolean;
                        /** @default false */
                        isDualRole?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改职位 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /** @enum {string} */
                        rank?: "principal" | "leader" | "middle_chief" | "middle_deputy" | "section" | "staff";
                        /** @default false */
                        isHead?: boolean;
                        /** @default false */
                        isKeyPost?: boolean;
                        /** @default false */
                        isHighRiskPost?: boolean;
                        /** @default false */
                        isDualRole?: boolean;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/tenures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 任职（任命到职位）；任用非中共正式党员担任须由党员担任的职务时给出提醒 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        postId: number;
                        startDate: string;
                        appointDocNo?: string | null;
                        appointReason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            warnings: {
                                code: string;
                                message: string;
                                basis: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenures/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免职（结束任职，记录保留） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                        endDocNo?: string | null;
                        endReason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置分管（联系）院领导 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leaderPersonId: number;
                        departmentId: number;
                        startDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oversights/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束分管（联系）关系 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载本人个人信息副本（个人信息保护法第四十五条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载花名册导入模板（Excel） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出花名册（Excel，与导入模板同列，可修改后按工号重新导入） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传花名册并预览：逐行校验（身份证号、日期、部门、职级、重复），不写入 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row: number;
                                staffNo: string;
                                name: string;
                                result: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 花名册导入：预览或结果 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row: number;
                                staffNo: string;
                                name: string;
                                result: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** 取消导入：丢弃上传的数据 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row: number;
                                staffNo: string;
                                name: string;
                                result: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认导入：全部导入（有错误行时不导入任何一行），或只导入正确的行；按工号更新已有人员 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 只导入正确的行
                         * @default false
                         */
                        onlyGood?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row: number;
                                staffNo: string;
                                name: string;
                                result: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster/imports/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入结果报告（Excel）：每一行的结果与原因 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lrmx/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入干部任免审批表（.lrmx 或其 zip 压缩包）：按身份证号对应人员，先预览差异；确认后合并所选文件 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                        /**
                         * @description 确认合并
                         * @default false
                         */
                        commit?: boolean;
                        /** @description 要合并的文件（不填则合并全部对应上的文件） */
                        files?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committed: boolean;
                            merged: number;
                            files: {
                                fileName: string;
                                status: string;
                                personId: number | null;
                                name: string | null;
                                staffNo: string | null;
                                message: string | null;
                                differences: {
                                    field: string;
                                    label: string;
                                    current: string;
                                    incoming: string;
                                }[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lrmx/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批量导出干部任免审批表（zip，每人一份 .lrmx）：一个部门的中层以上干部，或全院 */
        get: {
            parameters: {
                query?: {
                    /** @description 部门 */
                    departmentId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 干部任免审批表信息（民族、籍贯、学历、简历、家庭成员等） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fields: {
                                key: string;
                                label: string;
                                value: string;
                            }[];
                            family: {
                                relation: string;
                                name: string;
                                birth: string;
                                political: string;
                                workplace: string;
                            }[];
                            hasPhoto: boolean;
                            source: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/dossier/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 干部任免审批表照片 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/dossier.lrmx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出干部任免审批表（.lrmx） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/appointment-form.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出干部任免审批表（Word） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/appointment-form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出干部任免审批表（PDF） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/personal-field": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整的身份证号或手机号（限人员信息维护人员和本人；每次查看记入审计日志） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "idNumber" | "phone";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            field: "idNumber" | "phone";
                            value: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谈心谈话记录 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    personId?: number;
                    kind?: "review" | "appointment" | "removal" | "retirement" | "routine" | "reminder_talk" | "other";
                    status?: "scheduled" | "held" | "cancelled";
                    scope?: "mine" | "all";
                    /** @description 谈话对象姓名（包含即可） */
                    subject?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                kind: string;
                                form: string;
                                status: string;
                                talkDate: string;
                                talkTime: string | null;
                                place: string | null;
                                occasion: string | null;
                                talkers: {
                                    id: number;
                                    name: string;
                                }[];
                                subjects: {
                                    id: number;
                                    name: string;
                                }[];
                                recorder: {
                                    id: number;
                                    name: string;
                                } | null;
                                keyPoints?: string | null;
                                preparationNotes?: string | null;
                                followUps?: string | null;
                                notesVisible: boolean;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记谈话（已谈或计划） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 谈话种类
                         * @enum {string}
                         */
                        kind: "review" | "appointment" | "removal" | "retirement" | "routine" | "reminder_talk" | "other";
                        /**
                         * @description 谈话方式
                         * @enum {string}
                         */
                        form: "individual" | "group";
                        /**
                         * @description 状态
                         * @enum {string}
                         */
                        status: "scheduled" | "held";
                        /** @description 谈话日期 */
                        talkDate: string;
                        /** @description 谈话时间 */
                        talkTime?: string | null;
                        /** @description 谈话地点 */
                        place?: string | null;
                        /** @description 内容要点 */
                        keyPoints?: string | null;
                        /** @description 谈话前准备 */
                        preparationNotes?: string | null;
                        /**
                         * @description 谈话情形
                         * @enum {string|null}
                         */
                        occasion?: "deviation" | "post_change" | "major_event" | "team_conflict" | "weak_appraisal" | "tendency" | "before_life_meeting" | "own_request" | "major_project" | "other" | null;
                        /** @description 后续跟进 */
                        followUps?: string | null;
                        /** @description 谈话人 */
                        talkerIds: number[];
                        /** @description 谈话对象 */
                        subjectIds: number[];
                        /** @description 记录人 */
                        recorderPersonId?: number | null;
                        /** @default false */
                        confirmDuplicate?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            warnings: {
                                code: string;
                                message: string;
                                article?: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谈话详情（内容要点仅谈话人、组织部、党委书记可见，查看留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            form: string;
                            status: string;
                            talkDate: string;
                            talkTime: string | null;
                            place: string | null;
                            occasion: string | null;
                            talkers: {
                                id: number;
                                name: string;
                            }[];
                            subjects: {
                                id: number;
                                name: string;
                            }[];
                            recorder: {
                                id: number;
                                name: string;
                            } | null;
                            keyPoints?: string | null;
                            preparationNotes?: string | null;
                            followUps?: string | null;
                            notesVisible: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记前核对：谈话人是否负责与所选对象谈话（第六条），不保存 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 谈话人 */
                        talkerIds: number[];
                        /** @description 谈话对象 */
                        subjectIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 谈话人不负责与之谈话的对象（第六条） */
                            unanswered: {
                                subjectPersonId: number;
                                subjectName: string;
                                message: string;
                                article?: string;
                            }[];
                            /** @description 本人能否在此指定谈话人（党委组织部） */
                            mayAssign: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 计划谈话已谈：补记时间、地点、内容要点 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 谈话日期 */
                        talkDate: string;
                        /** @description 谈话时间 */
                        talkTime: string;
                        /** @description 谈话地点 */
                        place: string;
                        /** @description 内容要点 */
                        keyPoints: string;
                        /** @description 后续跟进 */
                        followUps?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消计划谈话 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 取消原因 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talk-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 组织部指定的谈话人（第六条 特殊情况） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            talker: {
                                id: number;
                                name: string;
                            };
                            subject: {
                                id: number;
                                name: string;
                            };
                            year: number;
                            reason: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 指定谈话人 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 谈话人 */
                        talkerPersonId: number;
                        /** @description 谈话对象 */
                        subjectPersonId: number;
                        /** @description 年度 */
                        year: number;
                        /** @description 指定理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谈心谈话完成情况（第八条、第十一条）：按谈话人、按部门 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            asOf: string;
                            total: {
                                required: number;
                                held: number;
                                done: number;
                                total: number;
                                behind: number;
                                percent: number;
                            };
                            byRelation: {
                                required: number;
                                held: number;
                                done: number;
                                total: number;
                                behind: number;
                                percent: number;
                                relation: string;
                                citation: string | null;
                                /** @description 该谈话关系每年应谈的次数（按制度，未按比例折算） */
                                perYear: number | null;
                            }[];
                            byDepartment: {
                                required: number;
                                held: number;
                                done: number;
                                total: number;
                                behind: number;
                                percent: number;
                                departmentId: number;
                                name: string;
                            }[];
                            byTalker: {
                                required: number;
                                held: number;
                                done: number;
                                total: number;
                                behind: number;
                                percent: number;
                                key: string;
                                label: string;
                                personIds: number[];
                            }[];
                            missingResponsibility: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/completion/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 谈心谈话完成情况（第六条、第八条）：按谈话人（个人），完成率由低到高
         * @description 部门中层干部共同负责的谈话（第六条）：谁谈计谁；尚未谈的，列为每名中层干部的“共同待谈”；组织部指定谈话人的，只计被指定者。
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description 谈话人所在部门 */
                    departmentId?: number;
                    /** @description 谈话人姓名（部分） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            asOf: string;
                            /** @description 集体负责的谈话如何计入个人：held_by_holder_rest_shared（谁谈计谁，未谈共同待谈） */
                            strategy: string;
                            items: {
                                /** @description 负责的谈话对象数 */
                                total: number;
                                /** @description 应谈次数 */
                                required: number;
                                /** @description 已谈次数（不超过应谈） */
                                held: number;
                                /** @description 已完成的谈话对象数 */
                                done: number;
                                /** @description 尚未完成的谈话对象数（含共同待谈） */
                                behind: number;
                                /** @description 其中与本部门其他中层干部共同待谈的 */
                                shared: number;
                                percent: number;
                                personId: number;
                                name: string;
                                departmentId: number | null;
                                departmentName: string | null;
                                postTitle: string | null;
                                /** @description 尚未谈话的对象姓名 */
                                owedNames: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/completion/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一名谈话人的年度谈心谈话：尚未谈的对象和已谈的对象（第六条、第八条） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    personId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 负责的谈话对象数 */
                            total: number;
                            /** @description 应谈次数 */
                            required: number;
                            /** @description 已谈次数（不超过应谈） */
                            held: number;
                            /** @description 已完成的谈话对象数 */
                            done: number;
                            /** @description 尚未完成的谈话对象数（含共同待谈） */
                            behind: number;
                            /** @description 其中与本部门其他中层干部共同待谈的 */
                            shared: number;
                            percent: number;
                            year: number;
                            asOf: string;
                            strategy: string;
                            /** @description 谈话责任的依据（第六条） */
                            responsibilityCitation: string | null;
                            person: {
                                id: number;
                                name: string;
                                departmentId: number | null;
                                departmentName: string | null;
                                postTitle: string | null;
                            };
                            /** @description 尚未完成的谈话对象（含共同待谈） */
                            owed: {
                                dutyKey: string;
                                subject: {
                                    id: number;
                                    name: string;
                                    departmentId: number | null;
                                    departmentName: string | null;
                                    postTitle: string | null;
                                };
                                relation: string;
                                required: number;
                                held: number;
                                status: string;
                                statusLabel: string;
                                /** @description 与本部门其他中层干部共同负责、尚未谈（共同待谈） */
                                shared: boolean;
                                heldByMe: boolean;
                                dueDate: string;
                                /** @description 应谈次数的依据（第八条） */
                                citation: string | null;
                                /** @description 记录谈话（预填对象和谈话人） */
                                recordLink: string;
                                talks: {
                                    id: number;
                                    talkDate: string;
                                    talkers: {
                                        id: number;
                                        name: string;
                                    }[];
                                    byMe: boolean;
                                }[];
                            }[];
                            /** @description 已完成的谈话对象 */
                            talkedWith: {
                                dutyKey: string;
                                subject: {
                                    id: number;
                                    name: string;
                                    departmentId: number | null;
                                    departmentName: string | null;
                                    postTitle: string | null;
                                };
                                relation: string;
                                required: number;
                                held: number;
                                status: string;
                                statusLabel: string;
                                /** @description 与本部门其他中层干部共同负责、尚未谈（共同待谈） */
                                shared: boolean;
                                heldByMe: boolean;
                                dueDate: string;
                                /** @description 应谈次数的依据（第八条） */
                                citation: string | null;
                                /** @description 记录谈话（预填对象和谈话人） */
                                recordLink: string;
                                talks: {
                                    id: number;
                                    talkDate: string;
                                    talkers: {
                                        id: number;
                                        name: string;
                                    }[];
                                    byMe: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/supervision-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对谈心谈话开展不到位的谈话人的提醒和批评教育记录（第十一条） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            talker: string;
                            kind: string;
                            note: string;
                            createdAt: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 记录对谈话人的提醒或批评教育（第十一条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 谈话人 */
                        talkerPersonId: number;
                        /** @description 年度 */
                        year: number;
                        /**
                         * @description 方式
                         * @enum {string}
                         */
                        kind: "reminder" | "criticism";
                        /** @description 情况 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒谈心谈话开展不到位的谈话人（第十一条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: number;
                            skipped: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talk-occasions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已登记的谈话情形 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            subject: string | null;
                            occasionDate: string;
                            note: string;
                            source: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记需要谈心谈话的情形（第五条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 情形
                         * @enum {string}
                         */
                        kind: "deviation" | "major_event" | "team_conflict" | "weak_appraisal" | "tendency" | "life_meeting" | "major_project";
                        /** @description 谈话对象 */
                        subjectPersonId?: number | null;
                        /** @description 发生日期 */
                        occasionDate: string;
                        /** @description 情况说明 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talk-occasions/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请谈心谈话（第五条（七）干部职工主动要求） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 想谈的内容 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/completion.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度谈心谈话完成情况表（Excel；含按谈话人个人列出的尚未谈话对象） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/{id}/record.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出谈心谈话记录表（Word；仅谈话人、组织部、党委书记） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks/{id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出谈心谈话记录表（PDF；仅谈话人、组织部、党委书记） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出谈心谈话记录（Excel，按当前搜索和筛选；不含内容要点） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    personId?: number;
                    kind?: "review" | "appointment" | "removal" | "retirement" | "routine" | "reminder_talk" | "other";
                    status?: "scheduled" | "held" | "cancelled";
                    scope?: "mine" | "all";
                    /** @description 谈话对象姓名（包含即可） */
                    subject?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outside-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职单位 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            kind: string;
                            uscc: string | null;
                            registeredWith: string | null;
                            relatedField: boolean;
                            collegeInvestment: string;
                            coFounded: boolean;
                            foreignBackground: boolean;
                            hostileBackground: boolean;
                            remunerationOffered: boolean;
                            note: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记兼职单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 单位名称 */
                        name: string;
                        /**
                         * @description 单位类型
                         * @enum {string}
                         */
                        kind: "association" | "foundation" | "private_nonprofit" | "enterprise" | "academic_journal" | "international_academic";
                        /** @description 统一社会信用代码 */
                        uscc?: string | null;
                        /** @description 登记管理机关 */
                        registeredWith?: string | null;
                        /** @description 与学院或本人领域相关 */
                        relatedField: boolean;
                        /**
                         * @description 学院出资情况
                         * @default none
                         * @enum {string}
                         */
                        collegeInvestment?: "none" | "wholly" | "controlling" | "minority";
                        /**
                         * @description 学院参与合作举办
                         * @default false
                         */
                        coFounded?: boolean;
                        /**
                         * @description 有国（境）外背景
                         * @default false
                         */
                        foreignBackground?: boolean;
                        /**
                         * @description 有敌视、分化我国背景
                         * @default false
                         */
                        hostileBackground?: boolean;
                        /**
                         * @description 兼职单位提供报酬
                         * @default false
                         */
                        remunerationOffered?: boolean;
                        /** @description 备注 */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            kind: string;
                            uscc: string | null;
                            registeredWith: string | null;
                            relatedField: boolean;
                            collegeInvestment: string;
                            coFounded: boolean;
                            foreignBackground: boolean;
                            hostileBackground: boolean;
                            remunerationOffered: boolean;
                            note: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请时适用的规定：须附材料、届数和年限（来自政策包） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requiredFiles: {
                                kind: string;
                                label: string;
                            }[];
                            filesArticle: string | null;
                            maxTerms: number;
                            maxYears: number;
                            termsArticle: string | null;
                            /** @description 本人是否适用兼职审批（第二条）：不适用的不必填写申请 */
                            applicant: {
                                applies: boolean;
                                reason: string | null;
                                article: string | null;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按《领导干部兼职管理办法》即时检查拟兼职务（不保存） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 兼职单位 */
                        orgId: number;
                        /** @description 拟任职务 */
                        postTitle: string;
                        /**
                         * @description 社会团体领导职务
                         * @default false
                         */
                        associationLeadershipPost?: boolean;
                        /**
                         * @description 法定代表人
                         * @default false
                         */
                        legalRepresentative?: boolean;
                        /**
                         * @description 领取薪酬
                         * @default false
                         */
                        willReceivePay?: boolean;
                        /** @description 实行任期制 */
                        hasTerms: boolean;
                        /** @description 每届任期（年） */
                        termYears?: number | null;
                        /**
                         * @description 届次（仅为兼容而接受，不采用：届次由系统按本人在同一单位同一职务的任职记录计算，第十四条）
                         * @default 1
                         */
                        termNumber?: number;
                        /** @description 任职开始日期 */
                        startDate: string;
                        /** @description 任期结束日期 */
                        endDate?: string | null;
                        /** @description 首次兼任日期 */
                        firstHeldSince?: string | null;
                        /** @description 续任或重新审批的兼职 */
                        continuesSidelineId?: number | null;
                        /** @description 兼职理由 */
                        reason: string;
                        /** @description 特殊工作需要的说明 */
                        justification?: string | null;
                        /**
                         * @description 书面承诺
                         * @default false
                         */
                        commitment?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                code: string;
                                severity: string;
                                message: string;
                                article: string | null;
                            }[];
                            rank: string | null;
                            steps: {
                                kind: string;
                                label: string;
                            }[];
                            /** @description 届次：按本人任职记录计算 */
                            termNumber: number;
                            termNote: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职申请：我的、待我审批、全部（组织部） */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "todo" | "all";
                    status?: "draft" | "in_review" | "returned" | "refused" | "approved" | "withdrawn";
                    /** @description 申请人姓名、兼职单位或兼任职务（包含即可） */
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                applicant: {
                                    id: number;
                                    name: string;
                                };
                                departmentName: string | null;
                                org: {
                                    id: number;
                                    name: string;
                                    kind: string;
                                };
                                postTitle: string;
                                status: string;
                                currentStepLabel: string | null;
                                startDate: string;
                                endDate: string | null;
                                submittedAt: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 填写兼职申请（草稿）；届次由系统按任职记录计算，不采用填写的届次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 兼职单位 */
                        orgId: number;
                        /** @description 拟任职务 */
                        postTitle: string;
                        /**
                         * @description 社会团体领导职务
                         * @default false
                         */
                        associationLeadershipPost?: boolean;
                        /**
                         * @description 法定代表人
                         * @default false
                         */
                        legalRepresentative?: boolean;
                        /**
                         * @description 领取薪酬
                         * @default false
                         */
                        willReceivePay?: boolean;
                        /** @description 实行任期制 */
                        hasTerms: boolean;
                        /** @description 每届任期（年） */
                        termYears?: number | null;
                        /**
                         * @description 届次（仅为兼容而接受，不采用：届次由系统按本人在同一单位同一职务的任职记录计算，第十四条）
                         * @default 1
                         */
                        termNumber?: number;
                        /** @description 任职开始日期 */
                        startDate: string;
                        /** @description 任期结束日期 */
                        endDate?: string | null;
                        /** @description 首次兼任日期 */
                        firstHeldSince?: string | null;
                        /** @description 续任或重新审批的兼职 */
                        continuesSidelineId?: number | null;
                        /** @description 兼职理由 */
                        reason: string;
                        /** @description 特殊工作需要的说明 */
                        justification?: string | null;
                        /**
                         * @description 书面承诺
                         * @default false
                         */
                        commitment?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            termNumber: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职申请详情与审批进度 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            applicant: {
                                id: number;
                                name: string;
                            };
                            departmentName: string | null;
                            org: {
                                id: number;
                                name: string;
                                kind: string;
                                uscc: string | null;
                                registeredWith: string | null;
                                relatedField: boolean;
                                collegeInvestment: string;
                                coFounded: boolean;
                                foreignBackground: boolean;
                                hostileBackground: boolean;
                                remunerationOffered: boolean;
                                note: string | null;
                            };
                            postTitle: string;
                            status: string;
                            currentStepLabel: string | null;
                            startDate: string;
                            endDate: string | null;
                            submittedAt: string | null;
                            updatedAt: string;
                            associationLeadershipPost: boolean;
                            legalRepresentative: boolean;
                            willReceivePay: boolean;
                            hasTerms: boolean;
                            termYears: number | null;
                            termNumber: number;
                            firstHeldSince: string | null;
                            continuesSidelineId: number | null;
                            reason: string;
                            justification: string | null;
                            committed: boolean;
                            rank: string | null;
                            findings: {
                                code: string;
                                severity: string;
                                message: string;
                                article: string | null;
                            }[];
                            steps: {
                                index: number;
                                kind: string;
                                label: string;
                                actorLabel: string;
                                outside: boolean;
                                state: string;
                            }[];
                            decisions: {
                                stepKind: string;
                                stepLabel: string;
                                decision: string;
                                actorName: string;
                                reason: string | null;
                                reference: string | null;
                                meetingDate: string | null;
                                decidedAt: string;
                            }[];
                            files: {
                                id: number;
                                kind: string;
                                fileName: string;
                                mimeType: string;
                                size: number;
                                uploadedAt: string;
                            }[];
                            requiredFiles: {
                                kind: string;
                                label: string;
                                present: boolean;
                            }[];
                            mayEdit: boolean;
                            mayDecide: boolean;
                            sidelineId: number | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改兼职申请（草稿或退回修改时）；届次由系统按任职记录计算 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 兼职单位 */
                        orgId: number;
                        /** @description 拟任职务 */
                        postTitle: string;
                        /**
                         * @description 社会团体领导职务
                         * @default false
                         */
                        associationLeadershipPost?: boolean;
                        /**
                         * @description 法定代表人
                         * @default false
                         */
                        legalRepresentative?: boolean;
                        /**
                         * @description 领取薪酬
                         * @default false
                         */
                        willReceivePay?: boolean;
                        /** @description 实行任期制 */
                        hasTerms: boolean;
                        /** @description 每届任期（年） */
                        termYears?: number | null;
                        /**
                         * @description 届次（仅为兼容而接受，不采用：届次由系统按本人在同一单位同一职务的任职记录计算，第十四条）
                         * @default 1
                         */
                        termNumber?: number;
                        /** @description 任职开始日期 */
                        startDate: string;
                        /** @description 任期结束日期 */
                        endDate?: string | null;
                        /** @description 首次兼任日期 */
                        firstHeldSince?: string | null;
                        /** @description 续任或重新审批的兼职 */
                        continuesSidelineId?: number | null;
                        /** @description 兼职理由 */
                        reason: string;
                        /** @description 特殊工作需要的说明 */
                        justification?: string | null;
                        /**
                         * @description 书面承诺
                         * @default false
                         */
                        commitment?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            termNumber: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        trace?: never;
    };
    "/api/sideline-applications/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传申请附件（第十三条所列材料） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 材料类别 */
                        kind: string;
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            sha256: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载申请附件（inline=1 时在页面中预览 PDF 和图片） */
        get: {
            parameters: {
                query?: {
                    /** @description 1：在页面中预览（仅 PDF 和图片）；默认下载 */
                    inline?: "0" | "1";
                };
                header?: never;
                path: {
                    id: number;
                    fileId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        /** 删除未送审申请的附件 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    fileId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交兼职申请（检查规定、附件，按职级确定审批程序） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            findings: {
                                code: string;
                                severity: string;
                                message: string;
                                article: string | null;
                            }[];
                            termNumber: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人撤回申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批：同意、不同意或退回修改（党委环节登记会议日期和纪要编号，上级机关环节登记批准文号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 审批意见
                         * @enum {string}
                         */
                        decision: "approve" | "refuse" | "return";
                        /** @description 意见或理由 */
                        reason?: string | null;
                        /** @description 纪要编号或批准文号 */
                        reference?: string | null;
                        /** @description 党委会议日期 */
                        meetingDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                            sidelineId: number | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一页审批：申请、附件、按规定检查（附条款）、办理过程和由我办理的环节 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                id: number;
                                applicant: {
                                    id: number;
                                    name: string;
                                };
                                departmentName: string | null;
                                org: {
                                    id: number;
                                    name: string;
                                    kind: string;
                                    uscc: string | null;
                                    registeredWith: string | null;
                                    relatedField: boolean;
                                    collegeInvestment: string;
                                    coFounded: boolean;
                                    foreignBackground: boolean;
                                    hostileBackground: boolean;
                                    remunerationOffered: boolean;
                                    note: string | null;
                                };
                                postTitle: string;
                                status: string;
                                currentStepLabel: string | null;
                                startDate: string;
                                endDate: string | null;
                                submittedAt: string | null;
                                updatedAt: string;
                                associationLeadershipPost: boolean;
                                legalRepresentative: boolean;
                                willReceivePay: boolean;
                                hasTerms: boolean;
                                termYears: number | null;
                                termNumber: number;
                                firstHeldSince: string | null;
                                continuesSidelineId: number | null;
                                reason: string;
                                justification: string | null;
                                committed: boolean;
                                rank: string | null;
                                findings: {
                                    code: string;
                                    severity: string;
                                    message: string;
                                    article: string | null;
                                }[];
                                steps: {
                                    index: number;
                                    kind: string;
                                    label: string;
                                    actorLabel: string;
                                    outside: boolean;
                                    state: string;
                                }[];
                                decisions: {
                                    stepKind: string;
                                    stepLabel: string;
                                    decision: string;
                                    actorName: string;
                                    reason: string | null;
                                    reference: string | null;
                                    meetingDate: string | null;
                                    decidedAt: string;
                                }[];
                                files: {
                                    id: number;
                                    kind: string;
                                    fileName: string;
                                    mimeType: string;
                                    size: number;
                                    uploadedAt: string;
                                }[];
                                requiredFiles: {
                                    kind: string;
                                    label: string;
                                    present: boolean;
                                }[];
                                mayEdit: boolean;
                                mayDecide: boolean;
                                sidelineId: number | null;
                            };
                            /** @description 按今天的规定和任职记录重新检查申请事项（已办结的申请为空，以提交时的检查为准） */
                            checks: {
                                /** @description 检查日期 */
                                asOf: string;
                                findings: {
                                    code: string;
                                    severity: string;
                                    message: string;
                                    article: string | null;
                                }[];
                                items: {
                                    /** @description scope | background | field | posts | foreign | pay | terms */
                                    topic: string;
                                    /** @description ok 或发现的严重程度 */
                                    verdict: string;
                                    article: string | null;
                                    findings: {
                                        code: string;
                                        severity: string;
                                        message: string;
                                        article: string | null;
                                    }[];
                                }[];
                            } | null;
                            /** @description 办理过程：每一环节谁、何时、意见 */
                            history: {
                                stepKind: string;
                                stepLabel: string;
                                decision: string;
                                actorName: string;
                                reason: string | null;
                                reference: string | null;
                                meetingDate: string | null;
                                decidedAt: string;
                            }[];
                            /** @description 当前环节（审批中时） */
                            current: {
                                index: number;
                                kind: string;
                                label: string;
                                actorLabel: string;
                                outside: boolean;
                            } | null;
                            /** @description 由我办理的环节及其可选意见；不由我办理（或回避）时为空 */
                            myStep: {
                                index: number;
                                kind: string;
                                label: string;
                                outside: boolean;
                                decisions: ("approve" | "refuse" | "return")[];
                                /** @enum {string} */
                                meetingDate: "required" | "none";
                                /** @enum {string} */
                                reference: "required" | "optional" | "none";
                                /** @enum {string|null} */
                                referenceKind: "minutes" | "approval" | "registration" | null;
                                reasonRequiredFor: ("approve" | "refuse" | "return")[];
                            } | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的兼职；兼职台账（组织部、纪委、党委书记） */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "all";
                    status?: "active" | "ending_reported" | "ended";
                    kind?: "association" | "foundation" | "private_nonprofit" | "enterprise" | "academic_journal" | "international_academic";
                    departmentId?: number;
                    watch?: "expiring" | "over_limit" | "not_managed";
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                departmentId: number | null;
                                departmentName: string | null;
                                currentPost: string | null;
                                postLabel: string | null;
                                org: {
                                    id: number;
                                    name: string;
                                    kind: string;
                                    uscc: string | null;
                                };
                                postTitle: string;
                                hasTerms: boolean;
                                termNumber: number;
                                startDate: string;
                                endDate: string | null;
                                firstHeldSince: string;
                                approvedRank: string;
                                registeredAt: string;
                                registrationNo: string | null;
                                status: string;
                                endKind: string | null;
                                endedOn: string | null;
                                applicationId: number | null;
                                watch: {
                                    verdict: string;
                                    text: string | null;
                                    limitDate: string | null;
                                    expiring: boolean;
                                };
                                lastReportYear: number | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职详情：任期、年度报告、报酬上缴、辞去 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sideline: {
                                id: number;
                                person: {
                                    id: number;
                                    name: string;
                                };
                                departmentId: number | null;
                                departmentName: string | null;
                                currentPost: string | null;
                                postLabel: string | null;
                                org: {
                                    id: number;
                                    name: string;
                                    kind: string;
                                    uscc: string | null;
                                };
                                postTitle: string;
                                hasTerms: boolean;
                                termNumber: number;
                                startDate: string;
                                endDate: string | null;
                                firstHeldSince: string;
                                approvedRank: string;
                                registeredAt: string;
                                registrationNo: string | null;
                                status: string;
                                endKind: string | null;
                                endedOn: string | null;
                                applicationId: number | null;
                                watch: {
                                    verdict: string;
                                    text: string | null;
                                    limitDate: string | null;
                                    expiring: boolean;
                                };
                                lastReportYear: number | null;
                            };
                            reports: {
                                id: number;
                                year: number;
                                rolePerformed: string;
                                payReceived: boolean;
                                expenses: string;
                                submittedAt: string;
                            }[];
                            pays: {
                                id: number;
                                amount: string;
                                receivedDate: string;
                                description: string;
                                turnedOverDate: string | null;
                                receiptNo: string | null;
                                confirmedAt: string | null;
                            }[];
                            files: {
                                id: number;
                                kind: string;
                                fileName: string;
                                mimeType: string;
                                size: number;
                                uploadedAt: string;
                            }[];
                            endReport: string | null;
                            endReportedAt: string | null;
                            endRegisteredAt: string | null;
                            mayAct: boolean;
                            mayRegisterEnd: boolean;
                            mayConfirmPay: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年度兼职情况报告（第十八条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 报告年度 */
                        year: number;
                        /** @description 兼职发挥作用情况 */
                        rolePerformed: string;
                        /** @description 是否取酬 */
                        payReceived: boolean;
                        /** @description 职务消费和报销有关工作费用情况 */
                        expenses: string;
                        pay?: {
                            /** @description 报酬金额 */
                            amount: number;
                            /** @description 收到日期 */
                            receivedDate: string;
                            /** @description 报酬说明 */
                            description: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/pays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记在兼职单位获得的报酬（第十一条：全额上缴财资处） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 报酬金额 */
                        amount: number;
                        /** @description 收到日期 */
                        receivedDate: string;
                        /** @description 报酬说明 */
                        description: string;
                        /** @description 上缴日期 */
                        turnedOverDate?: string | null;
                        /** @description 财资处收据号 */
                        receiptNo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-pays/{id}/turnover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记报酬已上缴财资处 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 上缴日期 */
                        turnedOverDate: string;
                        /** @description 财资处收据号 */
                        receiptNo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-pays/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 财资处确认收到上缴的兼职报酬 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传兼职单位的说明或证明材料 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 材料类别 */
                        kind: string;
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            sha256: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载兼职材料 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    fileId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/end-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报告辞去兼职（第十七条）或任期届满不续任（第十四条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 报告类型
                         * @enum {string}
                         */
                        kind: "resigned" | "not_renewed";
                        /** @description 辞去（届满）日期 */
                        endedOn: string;
                        /** @description 书面报告 */
                        report: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/{id}/end-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 党委组织部登记备案辞去（不续任）兼职 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出兼职台账（Excel） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/annual-report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出领导干部兼职情况年度报告汇总表（Excel，第十八条） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/publication.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成领导干部兼职情况公示表（Excel） */
        get: {
            parameters: {
                query?: {
                    /** @description 公示日期 */
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sidelines/publication.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成领导干部兼职情况公示表（PDF） */
        get: {
            parameters: {
                query?: {
                    /** @description 公示日期 */
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/form.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职审批表（Word；中层与院领导两种版式） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications/{id}/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兼职审批表（PDF；中层与院领导两种版式） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sideline-applications.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出兼职申请列表（Excel，按当前范围、状态和搜索） */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "todo" | "all";
                    status?: "draft" | "in_review" | "returned" | "refused" | "approved" | "withdrawn";
                    /** @description 申请人姓名、兼职单位或兼任职务（包含即可） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问责案件 */
        get: {
            parameters: {
                query?: {
                    stage?: "started" | "investigating" | "decided" | "closed";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subjectKind: string;
                            subjectPersonId: number | null;
                            subjectName: string;
                            subjectDepartmentId: number | null;
                            subjectDepartmentName: string | null;
                            accountableDepartmentId: number;
                            accountableDepartmentName: string;
                            matter: string;
                            startedOn: string;
                            stage: string;
                            stageLabel: string;
                            investigatingSince: string | null;
                            handling: string | null;
                            carriedOutOn: string | null;
                            closedOn: string | null;
                            reviewId: number | null;
                            reviewStatus: string | null;
                            outcome: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记问责案件（纪委、组织部） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 问责对象类型
                         * @enum {string}
                         */
                        subjectKind: "person" | "department";
                        /** @description 被问责人 */
                        subjectPersonId?: number | null;
                        /** @description 被问责单位 */
                        subjectDepartmentId?: number | null;
                        /** @description 问责部门 */
                        accountableDepartmentId: number;
                        /** @description 问责事由 */
                        matter: string;
                        /** @description 启动问责程序日期 */
                        startedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subjectKind: string;
                            subjectPersonId: number | null;
                            subjectName: string;
                            subjectDepartmentId: number | null;
                            subjectDepartmentName: string | null;
                            accountableDepartmentId: number;
                            accountableDepartmentName: string;
                            matter: string;
                            startedOn: string;
                            stage: string;
                            stageLabel: string;
                            investigatingSince: string | null;
                            handling: string | null;
                            carriedOutOn: string | null;
                            closedOn: string | null;
                            reviewId: number | null;
                            reviewStatus: string | null;
                            outcome: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登记问责案件前核对：被问责人是否在本院容错纠错办法的适用范围内 */
        get: {
            parameters: {
                query: {
                    personId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: boolean;
                            message: string | null;
                            article: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问责案件详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subjectKind: string;
                            subjectPersonId: number | null;
                            subjectName: string;
                            subjectDepartmentId: number | null;
                            subjectDepartmentName: string | null;
                            accountableDepartmentId: number;
                            accountableDepartmentName: string;
                            matter: string;
                            startedOn: string;
                            stage: string;
                            stageLabel: string;
                            investigatingSince: string | null;
                            handling: string | null;
                            carriedOutOn: string | null;
                            closedOn: string | null;
                            reviewId: number | null;
                            reviewStatus: string | null;
                            outcome: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability-cases/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 问责案件进入下一阶段：调查、作出处理并实施、办结 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 办理事项
                         * @enum {string}
                         */
                        action: "investigate" | "carry_out" | "close";
                        /** @description 日期 */
                        on: string;
                        /** @description 处理意见 */
                        handling?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subjectKind: string;
                            subjectPersonId: number | null;
                            subjectName: string;
                            subjectDepartmentId: number | null;
                            subjectDepartmentName: string | null;
                            accountableDepartmentId: number;
                            accountableDepartmentName: string;
                            matter: string;
                            startedOn: string;
                            stage: string;
                            stageLabel: string;
                            investigatingSince: string | null;
                            handling: string | null;
                            carriedOutOn: string | null;
                            closedOn: string | null;
                            reviewId: number | null;
                            reviewStatus: string | null;
                            outcome: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accountability-cases.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出问责案件列表（Excel，按当前阶段和搜索） */
        get: {
            parameters: {
                query?: {
                    stage?: "started" | "investigating" | "decided" | "closed";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本院容错纠错规定：申请方式、容错情形、免责保护事项（来自政策包） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            strategy: string;
                            strategyLabel: string;
                            strategyCitation: string | null;
                            grounds: {
                                key: string;
                                label: string;
                            }[];
                            groundsCitation: string | null;
                            windowWorkingDays: number | null;
                            protections: {
                                key: string;
                                label: string;
                            }[];
                            protectionsCitation: string | null;
                            privateGainCitation: string | null;
                            maxDeferralMonths: number;
                            hasFilingStep: boolean;
                            correctionMeasures: {
                                key: string;
                                label: string;
                            }[];
                            correctionCitation: string | null;
                            clearanceScopes: {
                                key: string;
                                label: string;
                            }[];
                            clearanceCitation: string | null;
                            dispositions: {
                                key: string;
                                label: string;
                            }[];
                            dispositionsCitation: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我（或我负责的单位）被问责的案件及容错申请 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subjectKind: string;
                            subjectPersonId: number | null;
                            subjectName: string;
                            subjectDepartmentId: number | null;
                            subjectDepartmentName: string | null;
                            accountableDepartmentId: number;
                            accountableDepartmentName: string;
                            matter: string;
                            startedOn: string;
                            stage: string;
                            stageLabel: string;
                            investigatingSince: string | null;
                            handling: string | null;
                            carriedOutOn: string | null;
                            closedOn: string | null;
                            reviewId: number | null;
                            reviewStatus: string | null;
                            outcome: string | null;
                            window: {
                                open: boolean;
                                until: string | null;
                                provisional: boolean;
                                reason: string | null;
                                article: string | null;
                            };
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 容错申请与认定 */
        get: {
            parameters: {
                query?: {
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            caseId: number;
                            origin: string;
                            subjectName: string;
                            matter: string;
                            filedOn: string;
                            status: string;
                            statusLabel: string;
                            outcome: string | null;
                            nextDue: string | null;
                            nextLabel: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 提出容错申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 问责案件 */
                        caseId: number;
                        /** @description 容错情形 */
                        grounds: string[];
                        /** @description 事实和理由 */
                        facts: string;
                        /**
                         * @description 未谋取私利的声明
                         * @default false
                         */
                        noPrivateGainPledge?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 容错申请与认定详情：时间线与各环节期限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            case: {
                                id: number;
                                subjectKind: string;
                                subjectPersonId: number | null;
                                subjectName: string;
                                subjectDepartmentId: number | null;
                                subjectDepartmentName: string | null;
                                accountableDepartmentId: number;
                                accountableDepartmentName: string;
                                matter: string;
                                startedOn: string;
                                stage: string;
                                stageLabel: string;
                                investigatingSince: string | null;
                                handling: string | null;
                                carriedOutOn: string | null;
                                closedOn: string | null;
                                reviewId: number | null;
                                reviewStatus: string | null;
                                outcome: string | null;
                            };
                            origin: string;
                            strategy: string;
                            strategyLabel: string;
                            applicantPersonId: number | null;
                            applicantName: string | null;
                            grounds: {
                                key: string;
                                label: string;
                            }[];
                            groundsCitation: string | null;
                            facts: string | null;
                            noPrivateGainPledge: boolean;
                            filedOn: string;
                            paperRegistration: {
                                receivedOn: string;
                                registeredOn: string;
                                registrarName: string;
                            } | null;
                            status: string;
                            statusLabel: string;
                            refusalReason: string | null;
                            refusalArticle: string | null;
                            team: {
                                personId: number;
                                name: string;
                                role: string;
                            }[];
                            experts: string | null;
                            hearingOn: string | null;
                            hearingSummary: string | null;
                            reportOn: string | null;
                            report: string | null;
                            factors: {
                                [key: string]: string;
                            };
                            privateGainFound: boolean | null;
                            proposedOutcome: string | null;
                            proposal: string | null;
                            outcome: string | null;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            explanation: string | null;
                            mitigationNote: string | null;
                            impactUntil: string | null;
                            deferUntil: string | null;
                            protections: {
                                key: string;
                                label: string;
                            }[];
                            protectionCitation: string | null;
                            feedbackOn: string | null;
                            feedbackMethod: string | null;
                            publishedOn: string | null;
                            publicationScope: string | null;
                            publicationMethod: string | null;
                            recordFiledOn: string | null;
                            closedOn: string | null;
                            schedule: {
                                step: string;
                                label: string;
                                from: string;
                                due: string;
                                provisional: boolean;
                                period: string;
                                doneOn: string | null;
                                citation: string | null;
                                isDefault: boolean;
                                /** @enum {string} */
                                state: "done" | "late_done" | "open" | "overdue";
                            }[];
                            steps: {
                                id: number;
                                action: string;
                                label: string;
                                on: string;
                                actorName: string;
                                summary: string | null;
                                article: string | null;
                            }[];
                            files: {
                                id: number;
                                kind: string;
                                fileName: string;
                                /** @description 文件类型（PDF、图片可在页面中预览） */
                                mimeType: string;
                                size: number;
                                uploadedAt: string;
                            }[];
                            mayHandle: boolean;
                            mayUpload: boolean;
                            nextActions: string[];
                            hasFilingStep: boolean;
                            maxDeferralMonths: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理容错认定的一个环节：受理、调查、听取陈述、报告、认定意见、党委认定、反馈、公开、备案、办结 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept";
                        /** @description 日期 */
                        on: string;
                    } | {
                        /** @enum {string} */
                        action: "refuse";
                        /** @description 日期 */
                        on: string;
                        /** @description 不予受理的理由 */
                        reason: string;
                    } | {
                        /** @enum {string} */
                        action: "team";
                        /** @description 日期 */
                        on: string;
                        /** @description 调查组成员 */
                        teamPersonIds: number[];
                        /** @description 参加调查的专家 */
                        experts?: string | null;
                    } | {
                        /** @enum {string} */
                        action: "hearing";
                        /** @description 日期 */
                        on: string;
                        /** @description 本人陈述和申辩要点 */
                        summary: string;
                    } | {
                        /** @enum {string} */
                        action: "report";
                        /** @description 日期 */
                        on: string;
                        /** @description 调查报告 */
                        report: string;
                        /** @description 是否谋取私利 */
                        privateGainFound: boolean;
                        /**
                         * @description 查明符合的容错情形（随问责启动的调查）
                         * @default []
                         */
                        grounds?: string[];
                        factors?: {
                            background?: string | null;
                            motive?: string | null;
                            policyBasis?: string | null;
                            severity?: string | null;
                            consequences?: string | null;
                            record?: string | null;
                        };
                    } | {
                        /** @enum {string} */
                        action: "propose";
                        /** @description 日期 */
                        on: string;
                        /** @enum {string} */
                        outcome: "exempt" | "mitigate" | "deny" | "defer";
                        /** @description 认定意见及理由 */
                        proposal: string;
                    } | {
                        /** @enum {string} */
                        action: "decide";
                        /** @description 党委会议日期 */
                        on: string;
                        /** @description 会议纪要编号 */
                        meetingRef?: string | null;
                        /** @enum {string} */
                        outcome: "exempt" | "mitigate" | "deny" | "defer";
                        /** @description 解释答复 */
                        explanation?: string | null;
                        /** @description 减责意见 */
                        mitigationNote?: string | null;
                        /** @description 影响期至 */
                        impactUntil?: string | null;
                        /** @description 暂缓至 */
                        deferUntil?: string | null;
                    } | {
                        /** @enum {string} */
                        action: "feedback";
                        /** @description 日期 */
                        on: string;
                        /** @description 反馈方式 */
                        method: string;
                    } | {
                        /** @enum {string} */
                        action: "publish";
                        /** @description 日期 */
                        on: string;
                        /** @description 公开范围 */
                        scope: string;
                        /** @description 公开方式 */
                        method: string;
                    } | {
                        /** @enum {string} */
                        action: "file_record";
                        /** @description 日期 */
                        on: string;
                    } | {
                        /** @enum {string} */
                        action: "close";
                        /** @description 日期 */
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交证据材料 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            sha256: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证据材料（inline=1 时在页面中预览 PDF 和图片） */
        get: {
            parameters: {
                query?: {
                    /** @description 1：在页面中预览（仅 PDF 和图片）；默认下载 */
                    inline?: "0" | "1";
                };
                header?: never;
                path: {
                    id: number;
                    fileId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代为登记书面容错申请（按收到日期受理，附扫描件） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 问责案件 */
                        caseId: number;
                        /** @description 容错情形 */
                        grounds: string[];
                        /** @description 事实和理由 */
                        facts: string;
                        /**
                         * @description 未谋取私利的声明
                         * @default false
                         */
                        noPrivateGainPledge?: boolean;
                        /** @description 收到书面申请日期 */
                        receivedOn: string;
                        /** @description 书面申请扫描件文件名 */
                        fileName: string;
                        /** @description 书面申请扫描件 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/application.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错免责申请书（Word） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/application.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错免责申请书（PDF） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/conclusion.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错认定结论（Word） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/conclusion.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错认定结论（PDF） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/feedback.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错认定反馈书（Word） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/feedback.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出容错认定反馈书（PDF） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/tolerance-protections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 免责保护与影响期：免责事项在哪些方面不受影响，减责影响期至何日 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exemptions: {
                                reviewId: number;
                                caseId: number;
                                matter: string;
                                decidedOn: string;
                                protections: {
                                    key: string;
                                    label: string;
                                }[];
                                citation: string | null;
                            }[];
                            impactPeriods: {
                                reviewId: number;
                                caseId: number;
                                matter: string;
                                decidedOn: string;
                                impactUntil: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 纠错整改措施：纪委和组织部看全部，责任人看自己负责的 */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                    caseId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            caseId: number;
                            reviewId: number | null;
                            kind: string;
                            kindLabel: string;
                            requirement: string;
                            responsiblePersonId: number;
                            responsibleName: string;
                            subjectName: string;
                            matter: string;
                            dueDate: string;
                            status: string;
                            closedOn: string | null;
                            evidence: string | null;
                            mayClose: boolean;
                            assignedOn: string | null;
                            verifiedOn: string | null;
                            verification: string | null;
                            mayVerify: boolean;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 布置纠错措施（谈话、约谈的措施同时产生相应谈话或约谈事项） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 问责案件 */
                        caseId: number;
                        /** @description 纠错方式 */
                        kind: string;
                        /** @description 纠错要求 */
                        requirement: string;
                        /** @description 责任人 */
                        responsiblePersonId: number;
                        /** @description 完成期限 */
                        dueDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 纠错措施完成：写明整改情况或佐证 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 完成日期 */
                        on: string;
                        /** @description 整改完成情况 */
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核实纠错措施的完成情况（纪委、组织部；责任人和案件当事人回避） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 核实日期 */
                        on: string;
                        /** @description 核实情况 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tolerance-reviews/{id}/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 免责干部跟踪回访记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            on: string;
                            note: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记对免责干部的跟踪回访 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 回访日期 */
                        on: string;
                        /** @description 回访情况 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访举报登记与核查（举报人信息仅纪委可见） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            receivedOn: string;
                            channel: string;
                            channelLabel: string;
                            reportedPersonId: number | null;
                            reportedName: string;
                            allegation: string;
                            anonymous: boolean;
                            reporterName: string | null;
                            reporterContact: string | null;
                            status: string;
                            statusLabel: string;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            concludedOn: string | null;
                            conclusion: string | null;
                            disposition: string | null;
                            clearanceScope: string | null;
                            clearanceDetail: string | null;
                            clearedOn: string | null;
                            referredOn: string | null;
                            referralNote: string | null;
                            clearanceDue: string | null;
                            referralDue: string | null;
                            citation: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记信访举报 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 收到日期 */
                        receivedOn: string;
                        /**
                         * @description 来源渠道
                         * @enum {string}
                         */
                        channel: "letter" | "visit" | "phone" | "online" | "referral";
                        /** @description 被反映人 */
                        reportedPersonId: number;
                        /** @description 反映的问题 */
                        allegation: string;
                        /**
                         * @description 匿名
                         * @default false
                         */
                        anonymous?: boolean;
                        /** @description 举报人 */
                        reporterName?: string | null;
                        /** @description 联系方式 */
                        reporterContact?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 信访举报详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            receivedOn: string;
                            channel: string;
                            channelLabel: string;
                            reportedPersonId: number | null;
                            reportedName: string;
                            allegation: string;
                            anonymous: boolean;
                            reporterName: string | null;
                            reporterContact: string | null;
                            status: string;
                            statusLabel: string;
                            outcome: string | null;
                            outcomeLabel: string | null;
                            concludedOn: string | null;
                            conclusion: string | null;
                            disposition: string | null;
                            clearanceScope: string | null;
                            clearanceDetail: string | null;
                            clearedOn: string | null;
                            referredOn: string | null;
                            referralNote: string | null;
                            clearanceDue: string | null;
                            referralDue: string | null;
                            citation: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/petitions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理信访举报：核查、结论、澄清正名、移送诬告、办结 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "check";
                        on: string;
                    } | {
                        /** @enum {string} */
                        action: "conclude";
                        on: string;
                        /** @enum {string} */
                        outcome: "true" | "partly_true" | "untrue" | "mistaken" | "malicious";
                        conclusion: string;
                        disposition?: string | null;
                    } | {
                        /** @enum {string} */
                        action: "clear";
                        on: string;
                        scope: string;
                        detail: string;
                    } | {
                        /** @enum {string} */
                        action: "refer";
                        on: string;
                        note: string;
                    } | {
                        /** @enum {string} */
                        action: "close";
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本院约谈制度：约谈形式、须提交的材料、个别约谈要求、集中约谈次数、函询答复期限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                key: string;
                                label: string;
                                material: string;
                                materialLabel: string;
                                individualOnly: boolean;
                            }[];
                            materialsCitation: string | null;
                            individualOnlyCitation: string | null;
                            leadCitation: string | null;
                            organizerCitation: string | null;
                            campaignsPerYear: number;
                            campaignsCitation: string | null;
                            planCitation: string | null;
                            inquiryReplyWorkingDays: number;
                            inquiryReplyIsDefault: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/lead-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按约谈对象的职务给出主谈人候选（五（一））和组织实施部门（四（二）） */
        get: {
            parameters: {
                query: {
                    personId: number;
                    /** @description 约谈形式 */
                    kind: "prevention" | "inquiry" | "admonition" | "accountability";
                    /** @description 约谈对象（集体约谈） */
                    personIds?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                personId: number;
                                name: string;
                                role: string;
                                roleLabel: string;
                                rule: string;
                                ruleLabel: string;
                                article: string | null;
                                ifNeeded: boolean;
                            }[];
                            preselectedPersonId: number | null;
                            note: string | null;
                            organizer: {
                                kind: string;
                                label: string;
                                departmentId: number | null;
                                officeSupports: boolean;
                                article: string | null;
                                reason: string;
                            } | null;
                            targets: {
                                personId: number;
                                name: string;
                                title: string | null;
                                departmentName: string | null;
                                newlyAppointed: boolean;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议约谈对象（三）：按任职、问题线索、函询、纠错、问责和澄清情况提出，本年度已约谈的不再列出 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personId: number;
                            name: string;
                            departmentId: number | null;
                            departmentName: string;
                            title: string | null;
                            kind: string;
                            kindLabel: string;
                            sources: {
                                key: string;
                                label: string;
                            }[];
                            reasons: string[];
                            article: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/target-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记使干部成为约谈对象的情形（批评教育、民主生活会作说明、组织处理、纪律处分等，三） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 人员 */
                        personId: number;
                        /** @description 情形 */
                        source: string;
                        /** @description 日期 */
                        on: string;
                        /** @description 具体情况 */
                        detail: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/target-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可登记的约谈对象情形 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            label: string;
                            kind: string;
                            kindLabel: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约谈：我被约谈的、我组织实施的、我主谈的，或有权查看的全部 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description 约谈形式 */
                    kind?: "prevention" | "inquiry" | "admonition" | "accountability";
                    status?: "planned" | "held" | "closed" | "cancelled";
                    view?: "mine" | "organizing" | "leading" | "all";
                    planId?: number;
                    departmentId?: number;
                    /** @description 约谈对象或主谈人姓名、约谈事由（包含即可） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            kind: string;
                            kindLabel: string;
                            form: string;
                            formLabel: string;
                            groupReason: string | null;
                            topic: string;
                            leadPersonId: number;
                            leadName: string;
                            leadRule: string | null;
                            leadRuleLabel: string | null;
                            leadArticle: string | null;
                            leadReason: string | null;
                            organizerKind: string;
                            organizerLabel: string;
                            organizerDepartmentId: number | null;
                            officeSupports: boolean;
                            recorderPersonId: number | null;
                            recorderName: string | null;
                            scheduledOn: string;
                            place: string;
                            outline: string | null;
                            status: string;
                            statusLabel: string;
                            heldOn: string | null;
                            closedOn: string | null;
                            cancelReason: string | null;
                            record: string | null;
                            recordHidden: boolean;
                            violationConfirmed: boolean | null;
                            handlingProposal: string | null;
                            handlingStatus: string | null;
                            handlingStatusLabel: string | null;
                            handlingDecidedOn: string | null;
                            handlingMeetingRef: string | null;
                            caseId: number | null;
                            targets: {
                                id: number;
                                personId: number;
                                name: string;
                                departmentName: string | null;
                                reason: string | null;
                                material: string;
                                materialLabel: string;
                                materialOn: string | null;
                                materialText: string | null;
                                hasFile: boolean;
                                waivedReason: string | null;
                                mine: boolean;
                                mayHandIn: boolean;
                            }[];
                            may: {
                                hold: boolean;
                                close: boolean;
                                cancel: boolean;
                                waive: boolean;
                                proposeHandling: boolean;
                                decideHandling: boolean;
                                register: boolean;
                            };
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 安排约谈：对象、形式、主谈人（按五（一））、时间、地点、记录人、提纲 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 约谈计划 */
                        planId?: number | null;
                        /**
                         * @description 约谈形式
                         * @enum {string}
                         */
                        kind: "prevention" | "inquiry" | "admonition" | "accountability";
                        /**
                         * @description 约谈方式
                         * @enum {string}
                         */
                        form: "individual" | "group";
                        /** @description 集体约谈的理由 */
                        groupReason?: string | null;
                        /** @description 约谈事由 */
                        topic: string;
                        /** @description 约谈对象 */
                        targets: {
                            /** @description 约谈对象 */
                            personId: number;
                            /** @description 列为约谈对象的原因 */
                            reason?: string | null;
                        }[];
                        /** @description 主谈人 */
                        leadPersonId: number;
                        /** @description 改由他人主谈的理由 */
                        leadReason?: string | null;
                        /** @description 记录人 */
                        recorderPersonId?: number | null;
                        /** @description 约谈时间 */
                        scheduledOn: string;
                        /** @description 约谈地点 */
                        place: string;
                        /** @description 约谈提纲 */
                        outline?: string | null;
                        /** @description 来源 */
                        source?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            kind: string;
                            kindLabel: string;
                            form: string;
                            formLabel: string;
                            groupReason: string | null;
                            topic: string;
                            leadPersonId: number;
                            leadName: string;
                            leadRule: string | null;
                            leadRuleLabel: string | null;
                            leadArticle: string | null;
                            leadReason: string | null;
                            organizerKind: string;
                            organizerLabel: string;
                            organizerDepartmentId: number | null;
                            officeSupports: boolean;
                            recorderPersonId: number | null;
                            recorderName: string | null;
                            scheduledOn: string;
                            place: string;
                            outline: string | null;
                            status: string;
                            statusLabel: string;
                            heldOn: string | null;
                            closedOn: string | null;
                            cancelReason: string | null;
                            record: string | null;
                            recordHidden: boolean;
                            violationConfirmed: boolean | null;
                            handlingProposal: string | null;
                            handlingStatus: string | null;
                            handlingStatusLabel: string | null;
                            handlingDecidedOn: string | null;
                            handlingMeetingRef: string | null;
                            caseId: number | null;
                            targets: {
                                id: number;
                                personId: number;
                                name: string;
                                departmentName: string | null;
                                reason: string | null;
                                material: string;
                                materialLabel: string;
                                materialOn: string | null;
                                materialText: string | null;
                                hasFile: boolean;
                                waivedReason: string | null;
                                mine: boolean;
                                mayHandIn: boolean;
                            }[];
                            may: {
                                hold: boolean;
                                close: boolean;
                                cancel: boolean;
                                waive: boolean;
                                proposeHandling: boolean;
                                decideHandling: boolean;
                                register: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约谈详情（约谈记录仅纪委、领导小组、主谈人和记录人可见，查看留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            kind: string;
                            kindLabel: string;
                            form: string;
                            formLabel: string;
                            groupReason: string | null;
                            topic: string;
                            leadPersonId: number;
                            leadName: string;
                            leadRule: string | null;
                            leadRuleLabel: string | null;
                            leadArticle: string | null;
                            leadReason: string | null;
                            organizerKind: string;
                            organizerLabel: string;
                            organizerDepartmentId: number | null;
                            officeSupports: boolean;
                            recorderPersonId: number | null;
                            recorderName: string | null;
                            scheduledOn: string;
                            place: string;
                            outline: string | null;
                            status: string;
                            statusLabel: string;
                            heldOn: string | null;
                            closedOn: string | null;
                            cancelReason: string | null;
                            record: string | null;
                            recordHidden: boolean;
                            violationConfirmed: boolean | null;
                            handlingProposal: string | null;
                            handlingStatus: string | null;
                            handlingStatusLabel: string | null;
                            handlingDecidedOn: string | null;
                            handlingMeetingRef: string | null;
                            caseId: number | null;
                            targets: {
                                id: number;
                                personId: number;
                                name: string;
                                departmentName: string | null;
                                reason: string | null;
                                material: string;
                                materialLabel: string;
                                materialOn: string | null;
                                materialText: string | null;
                                hasFile: boolean;
                                waivedReason: string | null;
                                mine: boolean;
                                mayHandIn: boolean;
                            }[];
                            may: {
                                hold: boolean;
                                close: boolean;
                                cancel: boolean;
                                waive: boolean;
                                proposeHandling: boolean;
                                decideHandling: boolean;
                                register: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 实施约谈并记录、免交材料、办结、取消、提出和审定处理意见（五（三）（四）） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "hold";
                        /** @description 约谈日期 */
                        heldOn: string;
                        /** @description 约谈记录 */
                        record: string;
                        /** @description 记录人 */
                        recorderPersonId: number;
                    } | {
                        /** @enum {string} */
                        action: "waive";
                        /** @description 约谈对象 */
                        targetId: number;
                        /** @description 免交材料的理由 */
                        reason: string;
                    } | {
                        /** @enum {string} */
                        action: "close";
                        /** @description 办结日期 */
                        on: string;
                    } | {
                        /** @enum {string} */
                        action: "cancel";
                        /** @description 取消理由 */
                        reason: string;
                    } | {
                        /** @enum {string} */
                        action: "propose_handling";
                        /** @description 是否核实确认违规违纪 */
                        violationConfirmed: boolean;
                        /** @description 处理意见 */
                        proposal: string;
                    } | {
                        /** @enum {string} */
                        action: "decide_handling";
                        /** @description 是否同意 */
                        approved: boolean;
                        /** @description 审定日期 */
                        on: string;
                        /** @description 会议纪要编号 */
                        meetingRef: string;
                        /**
                         * @description 启动问责程序
                         * @default false
                         */
                        openCase?: boolean;
                        /** @description 问责部门 */
                        accountableDepartmentId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            kind: string;
                            kindLabel: string;
                            form: string;
                            formLabel: string;
                            groupReason: string | null;
                            topic: string;
                            leadPersonId: number;
                            leadName: string;
                            leadRule: string | null;
                            leadRuleLabel: string | null;
                            leadArticle: string | null;
                            leadReason: string | null;
                            organizerKind: string;
                            organizerLabel: string;
                            organizerDepartmentId: number | null;
                            officeSupports: boolean;
                            recorderPersonId: number | null;
                            recorderName: string | null;
                            scheduledOn: string;
                            place: string;
                            outline: string | null;
                            status: string;
                            statusLabel: string;
                            heldOn: string | null;
                            closedOn: string | null;
                            cancelReason: string | null;
                            record: string | null;
                            recordHidden: boolean;
                            violationConfirmed: boolean | null;
                            handlingProposal: string | null;
                            handlingStatus: string | null;
                            handlingStatusLabel: string | null;
                            handlingDecidedOn: string | null;
                            handlingMeetingRef: string | null;
                            caseId: number | null;
                            targets: {
                                id: number;
                                personId: number;
                                name: string;
                                departmentName: string | null;
                                reason: string | null;
                                material: string;
                                materialLabel: string;
                                materialOn: string | null;
                                materialText: string | null;
                                hasFile: boolean;
                                waivedReason: string | null;
                                mine: boolean;
                                mayHandIn: boolean;
                            }[];
                            may: {
                                hold: boolean;
                                close: boolean;
                                cancel: boolean;
                                waive: boolean;
                                proposeHandling: boolean;
                                decideHandling: boolean;
                                register: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/targets/{targetId}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 被约谈人提交廉政承诺、问题说明材料或错误认识材料（五（三）） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    targetId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 材料内容 */
                        text?: string | null;
                        /** @description 文件名 */
                        fileName?: string | null;
                        /** @description 文件内容 */
                        contentBase64?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            kind: string;
                            kindLabel: string;
                            form: string;
                            formLabel: string;
                            groupReason: string | null;
                            topic: string;
                            leadPersonId: number;
                            leadName: string;
                            leadRule: string | null;
                            leadRuleLabel: string | null;
                            leadArticle: string | null;
                            leadReason: string | null;
                            organizerKind: string;
                            organizerLabel: string;
                            organizerDepartmentId: number | null;
                            officeSupports: boolean;
                            recorderPersonId: number | null;
                            recorderName: string | null;
                            scheduledOn: string;
                            place: string;
                            outline: string | null;
                            status: string;
                            statusLabel: string;
                            heldOn: string | null;
                            closedOn: string | null;
                            cancelReason: string | null;
                            record: string | null;
                            recordHidden: boolean;
                            violationConfirmed: boolean | null;
                            handlingProposal: string | null;
                            handlingStatus: string | null;
                            handlingStatusLabel: string | null;
                            handlingDecidedOn: string | null;
                            handlingMeetingRef: string | null;
                            caseId: number | null;
                            targets: {
                                id: number;
                                personId: number;
                                name: string;
                                departmentName: string | null;
                                reason: string | null;
                                material: string;
                                materialLabel: string;
                                materialOn: string | null;
                                materialText: string | null;
                                hasFile: boolean;
                                waivedReason: string | null;
                                mine: boolean;
                                mayHandIn: boolean;
                            }[];
                            may: {
                                hold: boolean;
                                close: boolean;
                                cancel: boolean;
                                waive: boolean;
                                proposeHandling: boolean;
                                decideHandling: boolean;
                                register: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/targets/{targetId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载被约谈人提交的材料扫描件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    targetId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interview-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约谈计划：集中约谈计划和各部门季度约谈计划 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    kind?: "campaign" | "department";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            kindLabel: string;
                            year: number;
                            quarter: number | null;
                            departmentId: number | null;
                            departmentName: string | null;
                            title: string;
                            summary: string;
                            status: string;
                            statusLabel: string;
                            submittedOn: string | null;
                            approvedOn: string | null;
                            meetingRef: string | null;
                            returnReason: string | null;
                            filedOn: string | null;
                            interviews: number;
                            held: number;
                            inquiries: number;
                            may: {
                                edit: boolean;
                                submit: boolean;
                                approve: boolean;
                                file: boolean;
                            };
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 制定集中约谈计划（纪检监察室）或部门季度约谈计划 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 计划类型
                         * @enum {string}
                         */
                        kind: "campaign" | "department";
                        /** @description 年度 */
                        year: number;
                        /** @description 季度 */
                        quarter?: number | null;
                        /** @description 部门 */
                        departmentId?: number | null;
                        /** @description 计划名称 */
                        title: string;
                        /** @description 问题线索梳理和约谈重点 */
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            kindLabel: string;
                            year: number;
                            quarter: number | null;
                            departmentId: number | null;
                            departmentName: string | null;
                            title: string;
                            summary: string;
                            status: string;
                            statusLabel: string;
                            submittedOn: string | null;
                            approvedOn: string | null;
                            meetingRef: string | null;
                            returnReason: string | null;
                            filedOn: string | null;
                            interviews: number;
                            held: number;
                            inquiries: number;
                            may: {
                                edit: boolean;
                                submit: boolean;
                                approve: boolean;
                                file: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interview-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约谈计划详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            kindLabel: string;
                            year: number;
                            quarter: number | null;
                            departmentId: number | null;
                            departmentName: string | null;
                            title: string;
                            summary: string;
                            status: string;
                            statusLabel: string;
                            submittedOn: string | null;
                            approvedOn: string | null;
                            meetingRef: string | null;
                            returnReason: string | null;
                            filedOn: string | null;
                            interviews: number;
                            held: number;
                            inquiries: number;
                            may: {
                                edit: boolean;
                                submit: boolean;
                                approve: boolean;
                                file: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interview-plans/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 集中约谈计划报批、领导小组批准或退回；部门季度计划报备 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit";
                    } | {
                        /** @enum {string} */
                        action: "approve";
                        /** @description 领导小组审批日期 */
                        on: string;
                        /** @description 会议纪要编号 */
                        meetingRef: string;
                    } | {
                        /** @enum {string} */
                        action: "return";
                        /** @description 退回理由 */
                        reason: string;
                    } | {
                        /** @enum {string} */
                        action: "file";
                        /** @description 报备日期 */
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            kindLabel: string;
                            year: number;
                            quarter: number | null;
                            departmentId: number | null;
                            departmentName: string | null;
                            title: string;
                            summary: string;
                            status: string;
                            statusLabel: string;
                            submittedOn: string | null;
                            approvedOn: string | null;
                            meetingRef: string | null;
                            returnReason: string | null;
                            filedOn: string | null;
                            interviews: number;
                            held: number;
                            inquiries: number;
                            may: {
                                edit: boolean;
                                submit: boolean;
                                approve: boolean;
                                file: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/written-inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谈话函询：纪委和领导小组看全部，被函询人看本人的 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            targetPersonId: number;
                            targetName: string;
                            departmentName: string | null;
                            matter: string;
                            questions: string;
                            status: string;
                            statusLabel: string;
                            sentOn: string | null;
                            replyDue: string | null;
                            replyDueProvisional: boolean;
                            replyOn: string | null;
                            reply: string | null;
                            assessment: string | null;
                            assessmentLabel: string | null;
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            overdue: boolean;
                            mine: boolean;
                            may: {
                                send: boolean;
                                reply: boolean;
                                assess: boolean;
                            };
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 拟进行谈话函询（纳入约谈计划，经领导小组批准后发函） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 约谈计划 */
                        planId?: number | null;
                        /** @description 被函询人 */
                        targetPersonId: number;
                        /** @description 反映的问题 */
                        matter: string;
                        /** @description 需说明的问题 */
                        questions: string;
                        /** @description 来源 */
                        source?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            targetPersonId: number;
                            targetName: string;
                            departmentName: string | null;
                            matter: string;
                            questions: string;
                            status: string;
                            statusLabel: string;
                            sentOn: string | null;
                            replyDue: string | null;
                            replyDueProvisional: boolean;
                            replyOn: string | null;
                            reply: string | null;
                            assessment: string | null;
                            assessmentLabel: string | null;
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            overdue: boolean;
                            mine: boolean;
                            may: {
                                send: boolean;
                                reply: boolean;
                                assess: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/written-inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谈话函询详情（查看留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            targetPersonId: number;
                            targetName: string;
                            departmentName: string | null;
                            matter: string;
                            questions: string;
                            status: string;
                            statusLabel: string;
                            sentOn: string | null;
                            replyDue: string | null;
                            replyDueProvisional: boolean;
                            replyOn: string | null;
                            reply: string | null;
                            assessment: string | null;
                            assessmentLabel: string | null;
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            overdue: boolean;
                            mine: boolean;
                            may: {
                                send: boolean;
                                reply: boolean;
                                assess: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/written-inquiries/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发函（计算答复期限）、登记答复、评估答复 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "send";
                        /** @description 发函日期 */
                        on: string;
                    } | {
                        /** @enum {string} */
                        action: "reply";
                        /** @description 答复日期 */
                        on: string;
                        /** @description 答复内容 */
                        reply: string;
                    } | {
                        /** @enum {string} */
                        action: "assess";
                        /** @description 评估日期 */
                        on: string;
                        /**
                         * @description 评估结论
                         * @enum {string}
                         */
                        assessment: "accepted" | "further_check" | "interview" | "handling";
                        /** @description 评估意见 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            planId: number | null;
                            planTitle: string | null;
                            planStatus: string | null;
                            targetPersonId: number;
                            targetName: string;
                            departmentName: string | null;
                            matter: string;
                            questions: string;
                            status: string;
                            statusLabel: string;
                            sentOn: string | null;
                            replyDue: string | null;
                            replyDueProvisional: boolean;
                            replyOn: string | null;
                            reply: string | null;
                            assessment: string | null;
                            assessmentLabel: string | null;
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            overdue: boolean;
                            mine: boolean;
                            may: {
                                send: boolean;
                                reply: boolean;
                                assess: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interview-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各部门季度约谈情况统计：系统统计数与部门报送数（六（一）） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentId: number;
                            departmentName: string;
                            quarter: number;
                            counted: {
                                [key: string]: number;
                            };
                            reported: {
                                [key: string]: number;
                            } | null;
                            reportedOn: string | null;
                            note: string | null;
                            mayReport: boolean;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 部门报送季度《党员干部约谈情况统计表》 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 部门 */
                        departmentId: number;
                        /** @description 年度 */
                        year: number;
                        /** @description 季度 */
                        quarter: number;
                        /** @description 约谈人次 */
                        figures: {
                            [key: string]: number;
                        };
                        /** @description 说明 */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约谈工作督导（六（二））：按形式、部门、月份统计，集中约谈完成情况，本年度逾期未报的计划和统计表，往年结转未完成的另列 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            byKind: {
                                kind: string;
                                label: string;
                                persons: number;
                            }[];
                            byMonth: {
                                month: number;
                                counts: {
                                    [key: string]: number;
                                };
                            }[];
                            byDepartment: {
                                departmentId: number;
                                departmentName: string;
                                counts: {
                                    [key: string]: number;
                                };
                                total: number;
                            }[];
                            campaigns: {
                                required: number;
                                done: number;
                                citation: string | null;
                                duties: {
                                    title: string;
                                    dueDate: string;
                                    status: string;
                                    doneDate: string | null;
                                }[];
                            };
                            /** @description 本年度逾期未报的部门季度约谈计划（四（三））和统计表（六（一）） */
                            late: {
                                departmentId: number | null;
                                year: number;
                                title: string;
                                dueDate: string;
                                kind: string;
                                owner: string;
                            }[];
                            /** @description 本年度逾期未报的部门数 */
                            lateDepartments: number;
                            /** @description 判定是否逾期未报的日期：本年度为今天；往年在结转期内为今天，之后为结转期最后一天 */
                            lateAsOf: string;
                            /** @description 往年结转、至今仍未完成的计划、统计表和集中约谈（各注明年度，不计入本年度） */
                            carriedOver: {
                                departmentId: number | null;
                                year: number;
                                title: string;
                                dueDate: string;
                                kind: string;
                                owner: string;
                            }[];
                            inquiries: {
                                sent: number;
                                replied: number;
                                overdue: number;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/register.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党员干部约谈情况登记表（Word；含约谈记录，仅纪委、领导小组、主谈人和记录人） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/{id}/register.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党员干部约谈情况登记表（PDF；含约谈记录，仅纪委、领导小组、主谈人和记录人） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党员干部约谈常态化工作台账（Excel，按年度，可按部门） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    departmentId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党员干部约谈情况统计表（Excel） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interviews.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出约谈列表（Excel，按当前筛选和搜索；不含约谈记录） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    /** @description 约谈形式 */
                    kind?: "prevention" | "inquiry" | "admonition" | "accountability";
                    status?: "planned" | "held" | "closed" | "cancelled";
                    view?: "mine" | "organizing" | "leading" | "all";
                    planId?: number;
                    departmentId?: number;
                    /** @description 约谈对象或主谈人姓名、约谈事由（包含即可） */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本院年度考核规则：等次及名称、负面评价等次、优秀名额比例、述职述廉范围 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grades: {
                                key: string;
                                label: string;
                            }[];
                            adverse: string[];
                            adverseCitation: string | null;
                            quotaRatio: number;
                            quotaIsDefault: boolean;
                            dutyReportCitation: string | null;
                            talkGrades: string[];
                            talkCitation: string | null;
                            /** @description 按部门批量登记时“其余人员”默认设为的等次 */
                            defaultGrade: string;
                            defaultGradeIsDefault: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度考核（各年度） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            dutyReportDue: string;
                            status: string;
                            graded: number;
                            reports: number;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 启动年度考核（第6条）：中层领导干部述职述廉报告截止日期 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 年度 */
                        year: number;
                        /** @description 述职述廉报告截止日期 */
                        dutyReportDue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            dutyReportDue: string;
                            status: string;
                            graded: number;
                            reports: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门年度考核登记表：参加考核人员、述职述廉、等次、优秀名额 */
        get: {
            parameters: {
                query: {
                    /** @description 部门 */
                    departmentId: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            departmentId: number;
                            population: number;
                            quota: number;
                            excellent: number;
                            rows: {
                                personId: number;
                                name: string;
                                title: string;
                                rank: string;
                                owesReport: boolean;
                                reportOn: string | null;
                                inaction: string | null;
                                grade: string | null;
                                reason: string | null;
                                overQuota: boolean;
                                quotaReason: string | null;
                                recordedOn: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度考核结果（Excel）：等次汇总（按部门、优秀名额）与考核结果名单 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的问责事项，及经认定免责、年度考核不受影响的事项（第12条） */
        get: {
            parameters: {
                query: {
                    personId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            matter: string;
                            startedOn: string;
                            exempted: boolean;
                            citation: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记年度考核等次（基本称职、不称职须写明依据，经认定免责的事项不得作为理由；同时产生谈心谈话情形） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 考核年度 */
                        cycleId: number;
                        /** @description 人员 */
                        personId: number;
                        /** @description 部门 */
                        departmentId: number;
                        /** @description 考核等次 */
                        grade: string;
                        /** @description 评定依据 */
                        reason?: string | null;
                        /**
                         * @description 所依据的问责事项
                         * @default []
                         */
                        caseIds?: number[];
                        /** @description 超出优秀名额的理由 */
                        quotaReason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            overQuota: boolean;
                            talkOccasionId: number | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人历年年度考核等次（评定依据仅组织部和本人可见） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            grade: string;
                            gradeLabel: string;
                            departmentName: string | null;
                            reason: string | null;
                            overQuota: boolean;
                            recordedOn: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-reports/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的述职述廉报告（中层领导干部） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cycleId: number;
                            year: number;
                            due: string;
                            owes: boolean;
                            submittedOn: string | null;
                            content: string | null;
                            citation: string | null;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交述职述廉报告（第6条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cycleId: number;
                        /** @description 述职述廉报告 */
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度考核进度：各部门参加考核人数、已登记、优秀名额与已评优秀（第6条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            status: string;
                            population: number;
                            graded: number;
                            excellent: number;
                            defaultGrade: string;
                            defaultGradeIsDefault: boolean;
                            departments: {
                                departmentId: number;
                                name: string;
                                population: number;
                                graded: number;
                                excellent: number;
                                adverse: number;
                                quota: number;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按部门批量登记年度考核等次：所列人员逐人登记或修改，其余未登记人员可一并设为某一等次；有一人未通过检查则全部不保存（第6条、第12条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 部门 */
                        departmentId: number;
                        /** @description 逐人登记或修改的等次 */
                        rows?: {
                            /** @description 人员 */
                            personId: number;
                            /** @description 考核等次 */
                            grade: string;
                            /** @description 评定依据 */
                            reason?: string | null;
                            /**
                             * @description 所依据的问责事项
                             * @default []
                             */
                            caseIds?: number[];
                            /** @description 超出优秀名额的理由 */
                            quotaReason?: string | null;
                        }[];
                        /** @description 其余未登记人员设为的等次（如“合格”）；不填则只保存所列人员 */
                        restGrade?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            updated: number;
                            unchanged: number;
                            talkOccasions: number;
                            rows: {
                                row?: number;
                                personId: number;
                                name: string;
                                departmentName: string;
                                grade: string | null;
                                /** @enum {string} */
                                result: "new" | "update" | "unchanged" | "bad" | "skipped" | "blank";
                                detail: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载考核结果导入模板（Excel）：全院参加考核人员及已登记的等次，等次下拉选择，附填写说明 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传考核结果并预览：逐行校验（工号与姓名、等次、评定依据、优秀名额、回避），不写入 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row?: number;
                                personId: number;
                                name: string;
                                departmentName: string;
                                grade: string | null;
                                /** @enum {string} */
                                result: "new" | "update" | "unchanged" | "bad" | "skipped" | "blank";
                                detail: string;
                            }[];
                            /** @description 导入批次编号（可在导入当天撤销） */
                            batchId?: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appraisal-cycles/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入考核结果：再次逐行校验后全部导入（有错误行时不导入任何一行），或只导入正确的行；按工号更新该人本年度等次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                        /**
                         * @description 只导入正确的行
                         * @default false
                         */
                        onlyGood?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            status: string;
                            totalRows: number;
                            counts: {
                                [key: string]: number;
                            };
                            results: {
                                row?: number;
                                personId: number;
                                name: string;
                                departmentName: string;
                                grade: string | null;
                                /** @enum {string} */
                                result: "new" | "update" | "unchanged" | "bad" | "skipped" | "blank";
                                detail: string;
                            }[];
                            /** @description 导入批次编号（可在导入当天撤销） */
                            batchId?: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培训类别和每年应达学时（第9条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                key: string;
                                label: string;
                            }[];
                            kindsCitation: string | null;
                            annualHours: {
                                [key: string]: number;
                            };
                            hoursIsDefault: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培训登记（第9条） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            organizer: string;
                            kind: string;
                            kindLabel: string;
                            startDate: string;
                            endDate: string;
                            hours: number;
                            attendees: number;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记一次培训：名称、主办单位、类别、起止日期、学时 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 培训名称 */
                        title: string;
                        /** @description 主办单位 */
                        organizer: string;
                        /** @description 培训类别 */
                        kind: string;
                        /** @description 开始日期 */
                        startDate: string;
                        /** @description 结束日期 */
                        endDate: string;
                        /** @description 学时 */
                        hours: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            organizer: string;
                            kind: string;
                            kindLabel: string;
                            startDate: string;
                            endDate: string;
                            hours: number;
                            attendees: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 参加培训人员 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personId: number;
                            name: string;
                            staffNo: string;
                            hours: number;
                            source: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sign-in-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载培训签到表模板（Excel） */
        get: {
            parameters: {
                query?: {
                    courseId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses/{id}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入签到表：先预览逐行校验结果；确认后全部导入（有错误行时不导入，除非选择只导入正确的行） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名 */
                        fileName: string;
                        /** @description 文件内容 */
                        contentBase64: string;
                        /** @default false */
                        commit?: boolean;
                        /** @default false */
                        onlyGood?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committed: boolean;
                            imported: number;
                            good: {
                                row: number;
                                personId: number;
                                name: string;
                                hours: number;
                            }[];
                            bad: {
                                row: number;
                                staffNo: string;
                                name: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度培训学时统计：应达学时、已完成学时、是否达标（第9条） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    departmentId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            required: {
                                [key: string]: number;
                            };
                            isDefault: boolean;
                            rows: {
                                personId: number;
                                name: string;
                                departmentName: string;
                                title: string;
                                rank: string;
                                required: number | null;
                                total: number;
                                metOn: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/totals.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出年度干部教育培训学时统计表（Excel，与页面数字一致） */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    departmentId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的培训记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            title: string;
                            organizer: string;
                            kindLabel: string;
                            startDate: string;
                            endDate: string;
                            hours: number;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访慰问的情形和期限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            situations: {
                                key: string;
                                label: string;
                            }[];
                            citation: string | null;
                            visitDays: number;
                            visitDaysIsDefault: boolean;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访慰问、帮扶救助登记（第10条） */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            situation: string;
                            situationLabel: string;
                            description: string;
                            registeredOn: string;
                            status: string;
                            closedOn: string | null;
                            visitDue: string;
                            visits: {
                                id: number;
                                on: string;
                                visitors: string;
                                help: string;
                                amountYuan: number | null;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记干部遇到的家庭生活困难或重大变故（产生走访慰问事项） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 人员 */
                        personId: number;
                        /** @description 情形 */
                        situation: string;
                        /** @description 具体情况 */
                        description: string;
                        /** @description 登记日期 */
                        registeredOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            situation: string;
                            situationLabel: string;
                            description: string;
                            registeredOn: string;
                            status: string;
                            closedOn: string | null;
                            visitDue: string;
                            visits: {
                                id: number;
                                on: string;
                                visitors: string;
                                help: string;
                                amountYuan: number | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/cases/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记走访慰问和帮扶情况 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 走访日期 */
                        on: string;
                        /** @description 走访人员 */
                        visitors: string;
                        /** @description 慰问帮扶情况 */
                        help: string;
                        /** @description 慰问金（元） */
                        amountYuan?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            situation: string;
                            situationLabel: string;
                            description: string;
                            registeredOn: string;
                            status: string;
                            closedOn: string | null;
                            visitDue: string;
                            visits: {
                                id: number;
                                on: string;
                                visitors: string;
                                help: string;
                                amountYuan: number | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/care/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 困难已解决或帮扶结束 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 结束日期 */
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            situation: string;
                            situationLabel: string;
                            description: string;
                            registeredOn: string;
                            status: string;
                            closedOn: string | null;
                            visitDue: string;
                            visits: {
                                id: number;
                                on: string;
                                visitors: string;
                                help: string;
                                amountYuan: number | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的走访慰问、帮扶记录（组织部和本人可见） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            situation: string;
                            situationLabel: string;
                            description: string;
                            registeredOn: string;
                            status: string;
                            closedOn: string | null;
                            visitDue: string;
                            visits: {
                                id: number;
                                on: string;
                                visitors: string;
                                help: string;
                                amountYuan: number | null;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后备干部的拟任职级和否决情形 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            targetRanks: {
                                key: string;
                                label: string;
                            }[];
                            findings: {
                                key: string;
                                label: string;
                            }[];
                            findingsCitation: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后备干部库：推荐、审核、在库和退出；列出否决情形和近年考核优秀次数 */
        get: {
            parameters: {
                query?: {
                    status?: "nominated" | "approved" | "rejected" | "removed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            departmentName: string | null;
                            title: string | null;
                            targetRank: string;
                            targetRankLabel: string;
                            reasons: string;
                            nominatedOn: string;
                            status: string;
                            statusLabel: string;
                            reviewedOn: string | null;
                            reviewNote: string | null;
                            removedOn: string | null;
                            removalReason: string | null;
                            excellent: number;
                            commendations: number;
                            blockers: {
                                code: string;
                                reason: string;
                                article: string | null;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐前检查：否决情形（第5条）和减责影响期 */
        get: {
            parameters: {
                query: {
                    personId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            blockers: {
                                code: string;
                                reason: string;
                                article: string | null;
                            }[];
                            excellent: number;
                            commendations: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推荐后备干部（写明推荐理由；有否决情形的不能推荐） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 人员 */
                        personId: number;
                        /** @description 拟任职级 */
                        targetRank: string;
                        /** @description 推荐理由 */
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            departmentName: string | null;
                            title: string | null;
                            targetRank: string;
                            targetRankLabel: string;
                            reasons: string;
                            nominatedOn: string;
                            status: string;
                            statusLabel: string;
                            reviewedOn: string | null;
                            reviewNote: string | null;
                            removedOn: string | null;
                            removalReason: string | null;
                            excellent: number;
                            commendations: number;
                            blockers: {
                                code: string;
                                reason: string;
                                article: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve/nominations/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核推荐（入库或不通过），或退出后备干部库 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "approve";
                        /** @description 审核意见 */
                        note: string;
                    } | {
                        /** @enum {string} */
                        action: "reject";
                        /** @description 不通过的理由 */
                        note: string;
                    } | {
                        /** @enum {string} */
                        action: "remove";
                        /** @description 退出理由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            departmentName: string | null;
                            title: string | null;
                            targetRank: string;
                            targetRankLabel: string;
                            reasons: string;
                            nominatedOn: string;
                            status: string;
                            statusLabel: string;
                            reviewedOn: string | null;
                            reviewNote: string | null;
                            removedOn: string | null;
                            removalReason: string | null;
                            excellent: number;
                            commendations: number;
                            blockers: {
                                code: string;
                                reason: string;
                                article: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reserve/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记否决情形：政治上有问题（一票否决）、廉洁上有问题（零容忍）（第5条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        kind: string;
                        /** @description 认定日期 */
                        on: string;
                        /** @description 具体情况 */
                        detail: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的后备干部推荐和状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            departmentName: string | null;
                            title: string | null;
                            targetRank: string;
                            targetRankLabel: string;
                            reasons: string;
                            nominatedOn: string;
                            status: string;
                            statusLabel: string;
                            reviewedOn: string | null;
                            reviewNote: string | null;
                            removedOn: string | null;
                            removalReason: string | null;
                            excellent: number;
                            commendations: number;
                            blockers: {
                                code: string;
                                reason: string;
                                article: string | null;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inaction/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 为官不为的发现渠道和组织调整方式 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signals: {
                                key: string;
                                label: string;
                            }[];
                            adjustments: {
                                key: string;
                                label: string;
                            }[];
                            refusalAdjustments: {
                                key: string;
                                label: string;
                            }[];
                            citation: string | null;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 为官不为问题处置（第14条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            signal: string;
                            signalLabel: string;
                            signalDetail: string;
                            signaledOn: string;
                            status: string;
                            statusLabel: string;
                            requirements: string | null;
                            deadline: string | null;
                            proposedAdjustment: string | null;
                            proposedAdjustmentLabel: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            steps: {
                                action: string;
                                on: string;
                                note: string;
                                actorName: string;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记干部不作为的苗头或反映 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        signal: string;
                        /** @description 反映的问题 */
                        signalDetail: string;
                        /** @description 发现日期 */
                        signaledOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            signal: string;
                            signalLabel: string;
                            signalDetail: string;
                            signaledOn: string;
                            status: string;
                            statusLabel: string;
                            requirements: string | null;
                            deadline: string | null;
                            proposedAdjustment: string | null;
                            proposedAdjustmentLabel: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            steps: {
                                action: string;
                                on: string;
                                note: string;
                                actorName: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inaction/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提醒并提出整改要求、核查整改、诫勉、提出组织调整建议、集体研究决定 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "remind";
                        on: string;
                        /** @description 整改要求 */
                        requirements: string;
                        /** @description 整改期限 */
                        deadline: string;
                    } | {
                        /** @enum {string} */
                        action: "verify";
                        on: string;
                        /** @description 是否已改正 */
                        corrected: boolean;
                        /** @description 核查情况 */
                        note: string;
                    } | {
                        /** @enum {string} */
                        action: "admonish";
                        on: string;
                        /** @description 诫勉情况 */
                        note: string;
                        /** @description 整改期限 */
                        deadline: string;
                    } | {
                        /** @enum {string} */
                        action: "propose";
                        on: string;
                        adjustment: string;
                        /** @description 建议理由 */
                        reason: string;
                    } | {
                        /** @enum {string} */
                        action: "decide";
                        /** @description 会议日期 */
                        on: string;
                        /** @description 会议纪要编号 */
                        meetingRef?: string | null;
                        decision: string;
                        /** @description 决定内容 */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            signal: string;
                            signalLabel: string;
                            signalDetail: string;
                            signaledOn: string;
                            status: string;
                            statusLabel: string;
                            requirements: string | null;
                            deadline: string | null;
                            proposedAdjustment: string | null;
                            proposedAdjustmentLabel: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            steps: {
                                action: string;
                                on: string;
                                note: string;
                                actorName: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/inaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的为官不为问题处置（供考核、任免参考） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            signal: string;
                            signalLabel: string;
                            signalDetail: string;
                            signaledOn: string;
                            status: string;
                            statusLabel: string;
                            requirements: string | null;
                            deadline: string | null;
                            proposedAdjustment: string | null;
                            proposedAdjustmentLabel: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            steps: {
                                action: string;
                                on: string;
                                note: string;
                                actorName: string;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一人一档：任职、考核、培训、谈话、兼职、后备、关怀、约谈、问责与容错（按角色可见） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            areas: string[];
                            events: {
                                date: string;
                                area: string;
                                title: string;
                                detail: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/profile.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出一人一档（PDF） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commendation-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** “担当作为好干部”评选（第15条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            quota: number;
                            status: string;
                            statusLabel: string;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            publishedOn: string | null;
                            publicUntil: string | null;
                            nominations: {
                                id: number;
                                personId: number;
                                name: string;
                                deeds: string;
                                status: string;
                            }[];
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 启动一届“担当作为好干部”评选 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        /** @description 评选名称 */
                        title: string;
                        /** @description 表彰名额 */
                        quota?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            quota: number;
                            status: string;
                            statusLabel: string;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            publishedOn: string | null;
                            publicUntil: string | null;
                            nominations: {
                                id: number;
                                personId: number;
                                name: string;
                                deeds: string;
                                status: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commendation-rounds/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推荐人选，写明担当作为的事迹 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        /** @description 主要事迹 */
                        deeds: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            quota: number;
                            status: string;
                            statusLabel: string;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            publishedOn: string | null;
                            publicUntil: string | null;
                            nominations: {
                                id: number;
                                personId: number;
                                name: string;
                                deeds: string;
                                status: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commendation-rounds/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束推荐、集体研究决定表彰人选、公示 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "close";
                    } | {
                        /** @enum {string} */
                        action: "decide";
                        /** @description 会议日期 */
                        on: string;
                        /** @description 会议纪要编号 */
                        meetingRef?: string | null;
                        /** @description 表彰人选 */
                        awardedPersonIds: number[];
                    } | {
                        /** @enum {string} */
                        action: "publish";
                        /** @description 公示日期 */
                        on: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            quota: number;
                            status: string;
                            statusLabel: string;
                            decidedOn: string | null;
                            meetingRef: string | null;
                            publishedOn: string | null;
                            publicUntil: string | null;
                            nominations: {
                                id: number;
                                personId: number;
                                name: string;
                                deeds: string;
                                status: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表彰奖励登记 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            personId: number;
                            name: string;
                            title: string;
                            issuer: string;
                            awardedOn: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        /** 登记其他表彰奖励（上级表彰、单项奖等） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        personId: number;
                        /** @description 表彰名称 */
                        title: string;
                        /** @description 授予单位 */
                        issuer: string;
                        /** @description 授予日期 */
                        awardedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒（实时更新，server-sent events：收到或读过提醒时发送 notifications 事件，内容为未读数） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的提醒 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            items: {
                                id: number;
                                kind: string;
                                title: string;
                                body: string;
                                link: string | null;
                                citation: string | null;
                                createdAt: string;
                                read: boolean;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记提醒为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知设置 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "email" | "wecom" | "dingtalk";
                                label: string;
                                configured: boolean;
                                enabled: boolean;
                                address: string | null;
                            }[];
                            email: string | null;
                            wecomUserId: string | null;
                            dingtalkUserId: string | null;
                            staffNo: string;
                            custom: boolean;
                            timing: {
                                digestTime: string;
                                quietStart: string;
                                quietEnd: string;
                            };
                            defaults: {
                                digestTime: string;
                                quietStart: string;
                                quietEnd: string;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        /** 修改我的通知设置（渠道、联系方式、每日摘要时间、免打扰时段） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channels: ("email" | "wecom" | "dingtalk")[];
                        email?: (string | null) | "";
                        wecomUserId?: string | null;
                        dingtalkUserId?: string | null;
                        digestTime?: string | null;
                        quietStart?: string | null;
                        quietEnd?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "email" | "wecom" | "dingtalk";
                                label: string;
                                configured: boolean;
                                enabled: boolean;
                                address: string | null;
                            }[];
                            email: string | null;
                            wecomUserId: string | null;
                            dingtalkUserId: string | null;
                            staffNo: string;
                            custom: boolean;
                            timing: {
                                digestTime: string;
                                quietStart: string;
                                quietEnd: string;
                            };
                            defaults: {
                                digestTime: string;
                                quietStart: string;
                                quietEnd: string;
                            };
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知发送记录 */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "failed" | "digested";
                    channel?: "email" | "wecom" | "dingtalk";
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            counts: {
                                [key: string]: number;
                            };
                            items: {
                                id: number;
                                notificationId: number;
                                kind: string;
                                title: string | null;
                                recipientName: string;
                                channel: string;
                                channelLabel: string;
                                status: string;
                                statusLabel: string;
                                urgent: boolean;
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知渠道的配置情况 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            label: string;
                            configured: boolean;
                            settings: string;
                        }[];
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels/{channel}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 通过某一渠道发送测试消息 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    channel: "email" | "wecom" | "dingtalk";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recipient: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            message: string;
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                409: components["responses"]["Error409"];
                413: components["responses"]["Error413"];
                415: components["responses"]["Error415"];
                default: components["responses"]["Error"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 系统任务（定时任务的执行情况，失败的在前） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobs: {
                                name: string;
                                label: string;
                                at: string;
                                perInstitution: boolean;
                            }[];
                            failed: number;
                            items: {
                                id: number;
                                name: string;
                                label: string;
                                scheduledFor: string;
                                institutionId: number | null;
                                status: string;
                                statusLabel: string;
                                attempts: number;
                                lastError: string | null;
                                runAt: string;
                                finishedBy: string | null;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["Error400"];
                401: components["responses"]["Error401"];
                403: components["responses"]["Error403"];
                404: components["responses"]["Error404"];
                default: components["responses"]["Error"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description 登记的错误码：
         *     - `ACCOUNT.DUPLICATE`（409）：用户名已被使用
         *     - `ACCOUNT.NOT_FOUND`（404）：账号不存在或无权查看
         *     - `ACCOUNT.PERSON`（400）：所选人员不存在
         *     - `ACCOUNT.PERSON_HAS_ACCOUNT`（409）：该人员已有账号
         *     - `ACCOUNT.ROLES`（400）：角色组合不符合三员分立
         *     - `ACCOUNT.SELF`（409）：不能停用或删除自己的账号
         *     - `ACCOUNT.SSO_NO_PASSWORD`（409）：该账号经统一身份认证登录
         *     - `AUTH.ACTIVATION_INVALID`（400）：用户名或激活码不正确
         *     - `AUTH.BAD_CREDENTIALS`（401）：用户名或密码不正确
         *     - `AUTH.FORBIDDEN`（403）：您的角色没有访问此功能的权限
         *     - `AUTH.LOCAL_SIGN_IN_OFF`（403）：本校已启用统一身份认证
         *     - `AUTH.LOCKED`（423）：连续登录失败次数过多，账号暂时锁定
         *     - `AUTH.PASSWORD_CHANGE_REQUIRED`（403）：首次登录或密码被重置后
         *     - `AUTH.RATE_LIMITED`（429）：登录尝试过于频繁
         *     - `AUTH.SAME_PASSWORD`（400）：新密码不能与当前密码相同
         *     - `AUTH.SESSION_EXPIRED`（401）：会话已失效，请重新登录
         *     - `AUTH.SESSION_NOT_FOUND`（404）：登录会话不存在或无权查看
         *     - `AUTH.TOTP_ENROLL_REQUIRED`（403）：系统管理员、安全管理员、审计管理员须先设置动态口令（双因素认证）
         *     - `AUTH.TOTP_INVALID`（400,401）：动态口令不正确
         *     - `AUTH.TOTP_NOT_STARTED`（409）：请先输入密码生成动态口令密钥
         *     - `AUTH.TOTP_REQUIRED`（400,401）：请输入动态口令（身份验证器中的 6 位数字）
         *     - `AUTH.UNAUTHENTICATED`（401）：请先登录
         *     - `AUTH.WEAK_PASSWORD`（400）：密码不符合复杂度要求
         *     - `AUTH.WRONG_PASSWORD`（400）：当前密码不正确
         *     - `CALENDAR.OVERRIDE_EXISTS`（409）：该日已有调整记录
         *     - `CALENDAR.OVERRIDE_NOT_FOUND`（404）：该日没有调整记录
         *     - `CALENDAR.YEAR_CONFIRMED`（409）：该年工作日历已确认
         *     - `CALENDAR.YEAR_IN_PACKAGE`（409）：该年安排已由节假日数据包提供
         *     - `CALENDAR.YEAR_UNKNOWN`（422）：该年的法定节假日和调休安排尚未录入，无法按工作日计算期限
         *     - `DATA.DUPLICATE`（409）：与已有记录重复
         *     - `DATA.CONFLICT`（409）：与他人同时办理同一事项，未保存
         *     - `DATA.INTEGRITY`（500）：数据完整性校验失败（可能在系统之外被改动）
         *     - `DOC.BAD_DATE`（400）：公示日期格式应为 YYYY-MM-DD
         *     - `FIELD.INTEGRITY`（400,409）：加密字段完整性校验失败，不能原样读取或保存
         *     - `FILE.BAD_ENCODING`（400）：…内容编码不正确
         *     - `FILE.EMPTY`（400）：…为空，请重新选择文件
         *     - `FILE.KIND`（400）：材料类别不正确
         *     - `FILE.NOT_FOUND`（404）：附件不存在或无权查看
         *     - `FILE.TOO_LARGE`（400）：文件超过大小上限
         *     - `FILE.TYPE_NOT_ALLOWED`（400）：只能上传 PDF、JPG、PNG 或 Word 文件（按文件内容识别）
         *     - `IMPORT.CORRUPT`（400）：文件“…”已损坏
         *     - `IMPORT.EMPTY`（400）：文件“…”表头下没有数据行
         *     - `IMPORT.HAS_ERRORS`（409）：导入文件有错误行，未导入
         *     - `IMPORT.MISSING_COLUMNS`（400）：文件“…”缺少必填列：…
         *     - `IMPORT.NO_HEADER`（400）：文件“…”前 10 行中没有含“工号”“姓名”的表头行
         *     - `IMPORT.NO_SHEET`（400）：文件“…”中没有工作表
         *     - `IMPORT.NOT_FOUND`（404）：导入记录不存在或无权查看
         *     - `IMPORT.NOT_PENDING`（409）：只能取消尚未导入的预览
         *     - `IMPORT.TOO_MANY_ROWS`（400）：文件“…”有 … 行
         *     - `IMPORT.TEMPLATE_UNKNOWN`（404）：没有该导入模板
         *     - `IMPORT.UNDO_LATE`（409）：导入批次只能在导入当天撤销
         *     - `IMPORT.UNDO_LATER_BATCH`（409）：之后还有同一模板的导入批次，请先撤销它
         *     - `IMPORT.UNDO_IN_USE`（409）：导入的记录已被后续办理使用，不能撤销
         *     - `IMPORT.NOT_COMMITTED`（409）：只能撤销已导入的批次
         *     - `IMPORT.TYPE`（400）：文件“…”不是 Excel（.xlsx）文件（按文件内容识别…）
         *     - `LRMX.EMPTY_ZIP`（400）：压缩包“…”中没有 .lrmx 文件
         *     - `LRMX.NONE`（404）：所选范围内没有中层以上干部
         *     - `LRMX.TYPE`（400）：文件“…”不是干部任免审批表（.lrmx）或其 zip 压缩包（按文件内容识别
         *     - `NOT_FOUND`（404）：接口或记录不存在（或无权查看）
         *     - `NOTIFICATION.BAD_RECIPIENT`（400）：接收人应为电子邮箱地址
         *     - `NOTIFICATION.CHANNEL_NOT_CONFIGURED`（400）：该通知渠道未配置
         *     - `NOTIFICATION.CHANNEL_OFF`（400）：本系统未启用该通知渠道
         *     - `NOTIFICATION.EMAIL_REQUIRED`（400）：选择电子邮件时须填写电子邮箱
         *     - `NOTIFICATION.NO_PERSON`（400）：本账号未关联人员
         *     - `NOTIFICATION.NOT_FOUND`（404）：提醒不存在或无权查看
         *     - `NOTIFICATION.QUIET_HOURS`（400）：免打扰时段须同时填写开始和结束时刻（都不填则使用系统默认）
         *     - `PROCEDURE.OWN_CASE`（403）：您是本事项的当事人
         *     - `REQUEST.CROSS_SITE`（403）：拒绝来自其他网站的请求（跨站请求伪造防护）
         *     - `REQUEST.INVALID`（400）：请求有误
         *     - `REQUEST.INVALID_JSON`（400）：请求内容不是有效的 JSON
         *     - `REQUEST.MEDIA_TYPE`（415）：请求内容类型不受支持
         *     - `REQUEST.TARGET`（400）：请求地址格式不正确
         *     - `REQUEST.TOO_LARGE`（413）：请求内容过大
         *     - `RESET.NOT_FOUND`（404）：重置申请不存在或无权查看
         *     - `RESET.NOT_PENDING`（409）：该申请已处理
         *     - `RESET.SAME_ADMIN`（409）：提出申请的管理员不能审批自己的申请（三员分立）
         *     - `SERVER.ERROR`（500）：服务器内部错误
         *     - `SIGNIN.HAS_ERRORS`（400）：签到表有错误行
         *     - `SIGNIN.NO_HEADER`（400）：文件“…”前 10 行中没有“工号”列
         *     - `SIGNIN.NO_ROWS`（400）：文件“…”中没有签到记录
         *     - `SIGNIN.NO_SHEET`（400）：文件“…”中没有工作表
         *     - `SIGNIN.NOTHING`（400）：没有可以导入的行
         *     - `SIGNIN.TOO_MANY_ROWS`（400）：文件“…”行数超过 …
         *     - `SSO.NOT_CONFIGURED`（409）：尚未启用统一身份认证
         *     - `VALIDATION.INVALID`（400）：请求内容不符合要求（field 指出哪一项）
         *     - `ZIP.CORRUPT`（400）：文件“…”不是有效的压缩文件或已损坏
         *     - `ZIP.RATIO`（400）：压缩包中有文件压缩比异常
         *     - `ZIP.TOO_LARGE`（400）：文件“…”解压后超过 … MB（“…”）
         *     - `ZIP.TOO_MANY_ENTRIES`（400）：文件“…”包含 … 个文件
         *     - `ZIP.UNSAFE_NAME`（400）：文件“…”中的“…”路径不安全（绝对路径或含“..”）
         *     - `DEPARTMENT.DUPLICATE`（409）：部门编码或名称已存在
         *     - `DEPARTMENT.HAS_STAFF`（409）：该部门仍有人员在岗
         *     - `DEPARTMENT.NOT_FOUND`（400,404）：所选部门不存在
         *     - `DOSSIER.NO_PHOTO`（404）：照片不存在或无权查看
         *     - `DUTY_REPORT.CLOSED`（409）：该年度考核已结束
         *     - `DUTY_REPORT.DUPLICATE`（409）：该年度述职述廉报告已经提交
         *     - `DUTY_REPORT.NO_PERSON`（403）：管理员账号不提交述职述廉报告
         *     - `DUTY_REPORT.NOT_REQUIRED`（403）：述职述廉由中层领导干部进行
         *     - `DUTY.ALREADY_DONE`（409）：该事项已办结
         *     - `DUTY.ALREADY_WAIVED`（409）：该事项已免办
         *     - `DUTY.NOT_FOUND`（404）：该应办事项不存在或已不再需要办理
         *     - `DUTY.NOT_REASSIGNABLE`（422）：该类应办事项的责任人由制度确定，不能转办
         *     - `DUTY.NO_RECIPIENT`（422）：该事项的责任方没有可接收提醒的账号
         *     - `DUTY.REMINDED_TODAY`（409）：今天已提醒过该事项的责任方
         *     - `OVERSIGHT.ALREADY_ENDED`（409）：该分管关系已结束
         *     - `OVERSIGHT.DUPLICATE`（409）：已有相同的分管关系
         *     - `OVERSIGHT.END_BEFORE_START`（400）：结束日期应晚于开始日期
         *     - `OVERSIGHT.NOT_FOUND`（404）：分管关系不存在或无权查看
         *     - `OVERSIGHT.NOT_LEADER`（400）：分管（联系）院领导须为现任院领导班子成员
         *     - `PERSON.DUPLICATE_ID_NUMBER`（409）：该身份证号已登记在他人名下
         *     - `PERSON.DUPLICATE_STAFF_NO`（409）：该工号已被使用
         *     - `PERSON.NOT_FOUND`（400,404）：所选人员不存在
         *     - `PERSON.PERSONAL_DATA_FORBIDDEN`（403）：只有人员信息维护人员和本人可以查看完整的身份证号、手机号
         *     - `PERSON.RETIRED_BEFORE_HIRE`（400）：退休日期早于参加工作时间
         *     - `PERSON.RETIRED_BEFORE_TENURE`（400）：退休日期不晚于现任职务的开始日期
         *     - `PERSON.RETIRED_ON_FUTURE`（400）：退休日期晚于今天
         *     - `PERSON.RETIRED_ON_REQUIRED`（400）：改为退休时须填写退休日期
         *     - `PERSON.RETIRED_ON_UNUSED`（400）：退休日期：只在将状态改为退休时填写
         *     - `PERSON.TENURE_AFTER_RETIREMENT`（400）：有任职或分管在退休日期之后才结束
         *     - `POST.DUPLICATE`（409）：该部门已有同名职位
         *     - `POST.NOT_FOUND`（400,404）：职位不存在或无权查看
         *     - `TENURE.ALREADY_ENDED`（409）：该任职已结束
         *     - `TENURE.BEFORE_HIRE`（400）：任职日期早于参加工作时间
         *     - `TENURE.END_BEFORE_START`（400）：免职日期应晚于任职日期
         *     - `TENURE.NOT_FOUND`（404）：任职记录不存在或无权查看
         *     - `TENURE.OVERLAP`（409）：在该日期已担任此职务
         *     - `TENURE.PERSON_INACTIVE`（409）：该人员已退休或离职
         *     - `TENURE.POST_INACTIVE`（409）：该职位已撤销
         *     - `TENURE.POST_OCCUPIED`（409）：该职位已有人在任
         *     - `TALK.ASSIGNMENT_EXISTS`（409）：该年度已为该对象指定了谈话人
         *     - `TALK.DATE_OUT_OF_RANGE`（400）：谈话日期超出可登记的范围
         *     - `TALK.GROUP_SUBJECTS`（400）：集体谈话须有多名谈话对象
         *     - `TALK.HELD_IN_FUTURE`（400）：谈话日期在今天之后
         *     - `TALK.INACTIVE_PERSON`（400）：谈话人已不在职
         *     - `TALK.INDIVIDUAL_ONE_SUBJECT`（400）：个别谈话只能有一名谈话对象
         *     - `TALK.NO_PERSON`（400）：该账号未关联人员
         *     - `TALK.NOT_A_TALKER`（403）：只能登记本人作为谈话人的谈话
         *     - `TALK.NOT_REASSIGNABLE`（422）：该谈话关系由制度确定，不能指定他人谈话
         *     - `TALK.NOT_FOUND`（404）：谈话记录不存在或无权查看
         *     - `TALK.NOT_SCHEDULED`（409）：只有计划中的谈话可以取消
         *     - `TALK.OCCASION_IN_FUTURE`（400）：情形发生日期不能晚于今天
         *     - `TALK.OCCASION_TOO_OLD`（400）：只能登记一年以内发生的情形
         *     - `TALK.PLANNED_IN_PAST`（400）：计划谈话的日期已过
         *     - `TALK.POSSIBLE_DUPLICATE`（409）：同一天已登记过与该对象的谈话
         *     - `TALK.RECORD_INCOMPLETE`（400）：已谈的谈话须记录地点
         *     - `TALK.REMIND_PAST_YEAR`（400）：只能提醒本年度尚未完成的谈话
         *     - `TALK.REQUEST_PENDING`（409）：近期已提出过谈心谈话申请
         *     - `TALK.SELF`（400）：谈话人与谈话对象不能是同一人
         *     - `TALK.TALKER_WITHOUT_QUOTA`（404）：该人员在该年度没有应谈的谈心谈话
         *     - `TALK.UNKNOWN_PERSON`（400）：所选谈话人不存在
         *     - `TALK.YEAR_IN_FUTURE`（400）：该年度尚未开始
         *     - `TALK.YEAR_BEFORE_RULES`（400）：该年度本院谈心谈话规定尚未施行
         *     - `SIDELINE.ALREADY_CONFIRMED`（409）：该笔报酬已确认收到
         *     - `SIDELINE.ALREADY_HELD`（409）：已在该单位担任该职务
         *     - `SIDELINE.ALREADY_TURNED_OVER`（409）：该笔报酬已登记上缴
         *     - `SIDELINE.ASSOCIATION_LEADERSHIP`（400）：学院领导班子成员原则上不得兼任社会团体领导职务（除说明理由）
         *     - `SIDELINE.ATTACHMENTS_MISSING`（400）：缺少必需的附件
         *     - `SIDELINE.COMMITMENT`（400）：须作出书面承诺（兼职符合本办法规定、不领取薪酬）后才能提交
         *     - `SIDELINE.DUPLICATE`（409）：同一单位同一职务已有在审申请
         *     - `SIDELINE.END_DATE`（400）：辞去日期不能早于任职开始日期
         *     - `SIDELINE.END_REQUIRED`（400）：实行任期制的兼职须填写本届任期结束日期
         *     - `SIDELINE.ENDED`（409）：该兼职已办结
         *     - `SIDELINE.FIRST_HELD`（400）：首次兼任日期不能晚于本次任职开始日期
         *     - `SIDELINE.HOSTILE_BACKGROUND`（400）：不得到有敌视、分化我国背景的单位兼职
         *     - `SIDELINE.INVESTMENT_KIND`（400）：学院出资（全资、控股、参股）只适用于企业
         *     - `SIDELINE.KIND_NOT_ALLOWED`（400）：该类单位不允许兼职
         *     - `SIDELINE.LEGAL_REPRESENTATIVE`（400）：不得兼任法定代表人（除因工作特殊需要并说明理由）
         *     - `SIDELINE.MEETING_DATE`（400）：请登记审批的党委会议日期
         *     - `SIDELINE.NO_OVERSEEING_LEADER`（409）：申请人所在部门没有分管（联系）院领导
         *     - `SIDELINE.NO_PERSON`（403）：当前账号未关联干部
         *     - `SIDELINE.NOT_ACTIVE`（409）：该兼职已报告辞去或已办结
         *     - `SIDELINE.NOT_APPLICANT`（403）：只有申请人本人可以修改申请
         *     - `SIDELINE.NOT_EDITABLE`（409）：申请已送审或已办结，不能修改
         *     - `SIDELINE.NOT_FOUND`（404）：兼职申请不存在或无权查看
         *     - `SIDELINE.NOT_HOLDER`（403）：只有兼职的本人可以办理
         *     - `SIDELINE.NOT_IN_REVIEW`（409）：该申请不在审批中
         *     - `SIDELINE.NOT_REPORTED`（409）：本人尚未报告辞去兼职
         *     - `SIDELINE.NOT_TURNED_OVER`（409）：本人尚未登记上缴
         *     - `SIDELINE.NOT_WITHDRAWABLE`（409）：申请已办结，不能撤回
         *     - `SIDELINE.NOT_YOUR_STEP`（409）：当前审批环节不由您办理
         *     - `SIDELINE.ORG_EXISTS`（409）：该兼职单位已登记
         *     - `SIDELINE.OUT_OF_SCOPE`（400）：申请人不属于兼职审批的范围
         *     - `SIDELINE.PAY`（400）：兼职不得领取薪酬
         *     - `SIDELINE.PAY_DATE`（400）：收到报酬的日期不能晚于今天
         *     - `SIDELINE.PAY_DETAILS`（400）：已取酬的，请填写报酬金额和收到日期，以便全额上缴财资处
         *     - `SIDELINE.PAY_NOT_FOUND`（404）：报酬记录不存在或无权查看
         *     - `SIDELINE.QUOTA_EXCEEDED`（400）：兼职数量一般不超过 3 个
         *     - `SIDELINE.REASON_REQUIRED`（409）：不同意或退回修改须写明理由
         *     - `SIDELINE.RECEIPT_REQUIRED`（400）：已上缴的，请填写财资处收据号
         *     - `SIDELINE.REFERENCE_REQUIRED`（409）：请登记党委会议日期和纪要编号
         *     - `SIDELINE.REPORT_EXISTS`（409）：该年度的兼职情况已报告
         *     - `SIDELINE.REPORT_YEAR`（400）：报告年度超出范围
         *     - `SIDELINE.SIDELINE_ENDED`（400）：该兼职已办结
         *     - `SIDELINE.STATEMENT_REQUIRED`（400）：请先上传兼职单位出具的辞去（不续任）书面说明材料
         *     - `SIDELINE.TERM_DATES`（400）：任期结束日期应晚于开始日期
         *     - `SIDELINE.TERM_LIMIT`（400）：在同一职位兼职不得超过 2 届
         *     - `SIDELINE.TURNOVER_DATE`（400）：上缴日期应在收到日期之后、今天之前
         *     - `SIDELINE.UNKNOWN_ORG`（400）：所选兼职单位不存在
         *     - `SIDELINE.UNKNOWN_SIDELINE`（400）：要续任或重新审批的兼职不存在或不是本人的兼职
         *     - `SIDELINE.UNRELATED`（400）：兼职与本人工作或专业无关
         *     - `SIDELINE.USCC_INVALID`（400）：统一社会信用代码校验位不正确（GB 32100）
         *     - `SIDELINE.USCC_REQUIRED`（400）：社会团体、基金会、民办非企业单位和企业须填写统一社会信用代码
         *     - `SIDELINE.YEAR_LIMIT`（400）：兼职任职年龄或年限超出规定
         *     - `ACCOUNTABILITY.DATE_ORDER`（409）：步骤日期早于它所接续的步骤
         *     - `ACCOUNTABILITY.DEPARTMENT`（400）：所选部门不存在
         *     - `ACCOUNTABILITY.FUTURE_DATE`（400,409）：启动问责程序日期不能晚于今天
         *     - `ACCOUNTABILITY.HANDLING_REQUIRED`（409）：请填写处理意见（问责处理决定）
         *     - `ACCOUNTABILITY.NOT_FOUND`（404）：问责案件不存在或无权查看
         *     - `ACCOUNTABILITY.PERSON`（400）：所选人员不存在
         *     - `ACCOUNTABILITY.REVIEW_PENDING`（409）：该案件的容错认定尚未作出：应待认定结论作出后再实施责任追究
         *     - `ACCOUNTABILITY.STEP_ORDER`（409）：问责案件当前阶段不能办理此步骤
         *     - `ACCOUNTABILITY.SUBJECT_REQUIRED`（400）：请选择被问责人
         *     - `CORRECTION.CLOSED`（409）：该纠错措施已完成
         *     - `CORRECTION.DATE_ORDER`（409）：步骤日期早于它所接续的步骤
         *     - `CORRECTION.DUE_PAST`（400）：完成期限不能早于今天
         *     - `CORRECTION.FUTURE_DATE`（409）：步骤日期晚于今天
         *     - `CORRECTION.KIND`（400）：纠错方式不在本院规定之列
         *     - `CORRECTION.NOT_DONE`（409）：责任人尚未登记整改完成情况
         *     - `CORRECTION.NOT_FOUND`（404）：纠错措施不存在或无权办理
         *     - `CORRECTION.PERSON`（400）：责任人不存在
         *     - `CORRECTION.VERIFIED`（409）：该纠错措施已核实
         *     - `FOLLOWUP.DATE_ORDER`（409）：步骤日期早于它所接续的步骤
         *     - `FOLLOWUP.FUTURE_DATE`（409）：步骤日期晚于今天
         *     - `FOLLOWUP.NOT_EXEMPT`（400）：跟踪回访针对经认定免责的干部
         *     - `PETITION.CLEARANCE_PENDING`（409）：反映失实的，应及时澄清正名后方可办结
         *     - `PETITION.DATE_ORDER`（409）：步骤日期早于它所接续的步骤
         *     - `PETITION.DISPOSITION`（409）：处置方式不在本院规定之列
         *     - `PETITION.DISPOSITION_OUTCOME`（409）：谈话、提醒、函询等处置适用于反映属实或部分属实的轻微问题
         *     - `PETITION.FUTURE_DATE`（400,409）：收到日期不能晚于今天
         *     - `PETITION.NOT_CLEARABLE`（409）：只有反映失实、错告或诬告的
         *     - `PETITION.NOT_FOUND`（404）：信访举报不存在或无权查看
         *     - `PETITION.NOT_MALICIOUS`（409）：只有认定为诬告的
         *     - `PETITION.OUTCOME_REQUIRED`（409）：请选择核查结论
         *     - `PETITION.PERSON`（400）：被反映人不存在
         *     - `PETITION.REFERRAL_PENDING`（409）：认定诬告的，应移送查处后方可办结
         *     - `PETITION.REPORTER`（400）：实名举报请填写举报人姓名
         *     - `PETITION.SCOPE`（409）：请选择本院规定的澄清方式
         *     - `PETITION.STEP_ORDER`（409）：信访举报当前状态不能办理此步骤
         *     - `TOLERANCE.AFTER_CARRIED_OUT`（409）：处理决定已执行，不能再申请容错
         *     - `TOLERANCE.APPLICANT_DECIDES`（409）：容错对象本人不能办理本人的认定
         *     - `TOLERANCE.APPLICANT_ON_TEAM`（409）：容错对象本人不能参加调查组
         *     - `TOLERANCE.BEFORE_START`（409）：问责程序尚未启动
         *     - `TOLERANCE.CLOSE_PENDING`（409）：尚有步骤未办理，不能办结
         *     - `TOLERANCE.COLLECTIVE_REQUIRED`（409）：认定结论须经学院党委集体研究
         *     - `TOLERANCE.DATE_ORDER`（400,409）：步骤日期早于它所接续的步骤
         *     - `TOLERANCE.DEFER_UNTIL`（409）：暂缓至日期应晚于会议日期
         *     - `TOLERANCE.DEFER_UNTIL_REQUIRED`（409）：暂缓认定须写明暂缓至何日
         *     - `TOLERANCE.DEFERRAL_TOO_LONG`（409）：暂缓认定超过规定期限
         *     - `TOLERANCE.DUPLICATE`（409）：该问责案件已有容错申请
         *     - `TOLERANCE.EXPLANATION_REQUIRED`（409）：不予免责或减责的
         *     - `TOLERANCE.FILE_BEFORE_FEEDBACK`（409）：应在认定反馈结束后报送备案
         *     - `TOLERANCE.FILES_CLOSED`（409）：调查核实结束后不能再提交证据材料
         *     - `TOLERANCE.FORBIDDEN`（403）：无权查看该人员的容错认定信息
         *     - `TOLERANCE.FORM_UNAVAILABLE`（409）：尚未作出认定结论
         *     - `TOLERANCE.FUTURE_DATE`（400,409）：步骤日期晚于今天
         *     - `TOLERANCE.GROUND_UNKNOWN`（400）：不是本院规定的容错情形
         *     - `TOLERANCE.IMPACT_UNTIL`（400）：影响期结束日期应晚于认定日期
         *     - `TOLERANCE.MITIGATION_NOTE_REQUIRED`（409）：属于减责的，应在处理意见中明确表述，请填写减责意见
         *     - `TOLERANCE.NO_APPLICATION`（409）：没有容错申请
         *     - `TOLERANCE.NO_FILING`（409）：本院规定未设报送备案环节
         *     - `TOLERANCE.NO_GROUND`（400）：请至少选择一种容错情形
         *     - `TOLERANCE.NOT_FOUND`（404）：容错申请不存在或无权查看
         *     - `TOLERANCE.NOT_HEARD`（409）：形成调查报告前应当充分听取本人的陈述和申辩意见
         *     - `TOLERANCE.NOT_INVESTIGATING`（409）：问责案件不在调查阶段
         *     - `TOLERANCE.NOT_SUBJECT`（403）：只有被问责的干部本人（或被问责单位的主要负责人）可以提出容错申请
         *     - `TOLERANCE.OUT_OF_SCOPE`（409）：不在本院容错纠错办法的适用范围内
         *     - `TOLERANCE.OUTCOME_REQUIRED`（409）：请选择认定意见
         *     - `TOLERANCE.PLEDGE_REQUIRED`（400）：请声明没有为个人、他人或单位谋取私利（容错以未谋取私利为前提）
         *     - `TOLERANCE.PRIVATE_GAIN`（409）：调查查明存在谋取私利情形
         *     - `TOLERANCE.PRIVATE_GAIN_UNSTATED`（409）：调查报告须写明是否为个人、他人或单位谋取私利
         *     - `TOLERANCE.PUBLISH_NOT_EXEMPT`（409）：只有免责结论需要在一定范围内公开
         *     - `TOLERANCE.REASON_REQUIRED`（409）：不予受理应当给予解释答复
         *     - `TOLERANCE.STEP_ORDER`（409）：容错申请当前状态不能办理此步骤
         *     - `TOLERANCE.TEAM_EMPTY`（409）：调查组至少需要一名成员
         *     - `TOLERANCE.TEAM_PERSON`（400）：调查组成员中有不存在的人员
         *     - `TOLERANCE.WINDOW_CLOSED`（409）：容错申请期限已过
         *     - `INQUIRY.ASSESS_DATE`（400）：评估日期应在答复之后、不晚于今天
         *     - `INQUIRY.FORBIDDEN`（403）：谈话函询由纪检监察室发出
         *     - `INQUIRY.FUTURE`（400）：发函日期不能晚于今天
         *     - `INQUIRY.NO_PLAN`（409）：拟进行谈话函询的
         *     - `INQUIRY.NOT_FOUND`（404）：谈话函询不存在或无权查看
         *     - `INQUIRY.NOT_SENT`（400）：函询尚未发出
         *     - `INQUIRY.PLAN`（400）：谈话函询纳入集中约谈计划
         *     - `INQUIRY.PLAN_LOCKED`（409）：约谈计划已报领导小组审批
         *     - `INQUIRY.REPLY_BEFORE_LETTER`（400）：答复日期早于函询发出日期
         *     - `INQUIRY.REPLY_FUTURE`（400）：答复日期不能晚于今天
         *     - `INQUIRY.STATUS`（409）：该函询已发出
         *     - `INQUIRY.TARGET`（400）：被函询人不存在或当前没有任职
         *     - `INTERVIEW_PLAN.DEPARTMENT`（400）：请选择部门
         *     - `INTERVIEW_PLAN.DUPLICATE`（409）：该部门该季度的约谈计划已经制定
         *     - `INTERVIEW_PLAN.EMPTY`（409）：计划中还没有约谈对象
         *     - `INTERVIEW_PLAN.FORBIDDEN`（403,409）：集中约谈计划由纪检监察室制定
         *     - `INTERVIEW_PLAN.FUTURE`（400）：日期不能晚于今天
         *     - `INTERVIEW_PLAN.NOT_FOUND`（404）：约谈计划不存在或无权查看
         *     - `INTERVIEW_PLAN.QUARTER`（400）：部门约谈计划按季度报备
         *     - `INTERVIEW_PLAN.STATUS`（409）：该计划不在待审批状态
         *     - `INTERVIEW_STATS.DEPARTMENT`（400）：部门不存在
         *     - `INTERVIEW_STATS.DUPLICATE`（409）：该部门该季度的统计表已经报送
         *     - `INTERVIEW_STATS.FORBIDDEN`（403）：只能报送本部门的统计表
         *     - `INTERVIEW_STATS.FUTURE`（400）：该季度尚未开始
         *     - `INTERVIEW_STATS.KIND`（400）：统计项不在规定之列
         *     - `INTERVIEW.CASE_DEPARTMENT`（400）：启动问责须选择问责部门
         *     - `INTERVIEW.CASE_GROUP`（409）：集体约谈不能直接启动问责
         *     - `INTERVIEW.CLOSE_DATE`（400）：办结日期不能早于约谈日期
         *     - `INTERVIEW.DUPLICATE_TARGET`（400）：约谈对象有重复
         *     - `INTERVIEW.FORBIDDEN`（403）：部门只能导出本部门的约谈台账（请选择本部门）
         *     - `INTERVIEW.FUTURE`（400）：日期不能晚于今天
         *     - `INTERVIEW.GROUP_REASON`（400）：该类约谈一般个别进行，集体约谈须说明理由
         *     - `INTERVIEW.HANDLING_EXISTS`（409）：处理意见已提出
         *     - `INTERVIEW.INDIVIDUAL_ONE`（400）：个别约谈只能有一名约谈对象
         *     - `INTERVIEW.KIND`（400）：约谈形式不在规定之列
         *     - `INTERVIEW.LEAD`（400）：主谈人不存在
         *     - `INTERVIEW.LEAD_IS_TARGET`（400）：主谈人不能是约谈对象本人
         *     - `INTERVIEW.LEAD_NOT_CANDIDATE`（400）：所选主谈人不是制度规定的主谈人
         *     - `INTERVIEW.MATERIAL_DONE`（409）：该约谈对象的材料已提交或已免交
         *     - `INTERVIEW.MATERIAL_EMPTY`（400）：请填写材料内容或上传扫描件
         *     - `INTERVIEW.MATERIAL_MISSING`（409）：约谈对象尚未提交材料，不能办结
         *     - `INTERVIEW.NO_TARGET`（400）：请选择约谈对象
         *     - `INTERVIEW.NOT_FOUND`（404）：约谈不存在或无权查看
         *     - `INTERVIEW.NOT_HELD`（409）：约谈尚未进行
         *     - `INTERVIEW.NOT_ORGANIZER`（403）：该约谈应由其他部门组织实施
         *     - `INTERVIEW.PERSON`（400）：人员不存在
         *     - `INTERVIEW.PLAN`（400,403）：约谈计划不存在
         *     - `INTERVIEW.PLAN_LOCKED`（409）：集中约谈计划已报领导小组审批
         *     - `INTERVIEW.PLAN_NOT_APPROVED`（400,409）：约谈计划尚未经学校领导小组批准
         *     - `INTERVIEW.RECORDER`（400）：记录人不存在
         *     - `INTERVIEW.RECORDER_IS_TARGET`（400）：记录人不能是约谈对象本人（应当回避）
         *     - `INTERVIEW.STATUS`（409）：该约谈不是待实施状态
         *     - `INTERVIEW.SUPERVISION_ONLY`（403）：约谈工作督导仅纪委和学校领导小组可见
         *     - `INTERVIEW.TARGET`（400,404）：约谈对象不存在或当前没有任职
         *     - `INTERVIEW.TARGET_SOURCE`（400）：登记的情形不在规定之列
         *     - `APPRAISAL.BATCH_REFUSED`（422）：批量登记中有未通过检查的人员，未保存任何等次
         *     - `APPRAISAL.BATCH_TWICE`（400）：同一人员在批量登记中出现不止一次
         *     - `APPRAISAL.CASE`（400）：所选问责事项不属于该人员
         *     - `APPRAISAL.CYCLE_CLOSED`（409）：该年度考核已结束
         *     - `APPRAISAL.CYCLE_EXISTS`（409）：该年度考核已经启动
         *     - `APPRAISAL.CYCLE_NOT_FOUND`（404）：考核年度不存在或无权查看
         *     - `APPRAISAL.DUE`（400）：述职述廉截止日期应在考核年度年末或次年年初
         *     - `APPRAISAL.DUPLICATE`（409）：该人该年度考核已登记
         *     - `APPRAISAL.EXEMPT_MATTER`（409）：已认定免责的事项不能作为负面评价的理由
         *     - `APPRAISAL.GRADE`（400）：考核等次不在规定之列
         *     - `APPRAISAL.NOT_IN_DEPARTMENT`（400）：该人员不在本部门参加考核的人员中
         *     - `APPRAISAL.QUOTA_EXCEEDED`（409）：优秀等次超出比例（须说明理由）
         *     - `APPRAISAL.REASON_REQUIRED`（400）：评为该等次须写明依据的事实
         *     - `CARE.CLOSE_DATE`（400）：结束日期应在登记日期之后、不晚于今天
         *     - `CARE.CLOSED`（409）：已经结束
         *     - `CARE.FUTURE`（400）：登记日期不能晚于今天
         *     - `CARE.NOT_FOUND`（404）：帮扶登记不存在或无权查看
         *     - `CARE.PERSON`（400）：人员不存在
         *     - `CARE.SITUATION`（400）：关怀情形不在规定之列
         *     - `CARE.VISIT_DATE`（400）：走访日期应在登记日期之后、不晚于今天
         *     - `COMMENDATION.FUTURE`（400）：授予日期不能晚于今天
         *     - `INACTION.ADJUSTMENT`（400）：组织调整方式不在规定的方式之列
         *     - `INACTION.BEFORE_SIGNAL`（400）：日期早于发现问题的日期
         *     - `INACTION.COLLECTIVE`（400）：组织调整须经集体研究决定
         *     - `INACTION.DEADLINE`（400）：整改期限应晚于提醒（诫勉）日期
         *     - `INACTION.FUTURE`（400）：日期不能晚于今天
         *     - `INACTION.NOT_FOUND`（404）：为官不为问题不存在或无权查看
         *     - `INACTION.NOT_YET`（409）：经教育提醒、诫勉处理没有改正的
         *     - `INACTION.SIGNAL`（400）：发现渠道不在规定之列
         *     - `INACTION.STEP_ORDER`（409）：当前状态不能办理此事项
         *     - `RESERVE.DUPLICATE`（409）：该同志已在后备干部库中或正在审核
         *     - `RESERVE.FINDING`（409）：有否决情形，不能推荐为后备干部
         *     - `RESERVE.FINDING_KIND`（400）：否决情形不在规定之列
         *     - `RESERVE.FUTURE`（400）：认定日期不能晚于今天
         *     - `RESERVE.IMPACT_PERIOD`（409）：经认定减责，影响期未满，不能推荐为后备干部
         *     - `RESERVE.INTEGRITY_ZERO_TOLERANCE`（409）：廉洁上有问题（零容忍），不能推荐为后备干部
         *     - `RESERVE.NOT_FOUND`（404）：后备干部推荐不存在或无权查看
         *     - `RESERVE.PERSON`（400）：人员不存在或不在职
         *     - `RESERVE.POLITICAL_VETO`（409）：政治上有问题（一票否决），不能推荐为后备干部
         *     - `RESERVE.STATUS`（409）：只有在库的后备干部可以退出
         *     - `RESERVE.TARGET_RANK`（400）：拟任职级不在规定之列
         *     - `RESERVE.UNCORRECTED`（409）：不作为问题经教育仍不改正，不能推荐为后备干部
         *     - `ROUND.COLLECTIVE`（400）：评选结果须经集体研究决定
         *     - `ROUND.DUPLICATE`（409）：该同志已被推荐
         *     - `ROUND.FUTURE`（400）：日期不能晚于今天
         *     - `ROUND.NO_NOMINEES`（400）：还没有推荐人选
         *     - `ROUND.NONE_AWARDED`（400）：请选择表彰人选
         *     - `ROUND.NOT_FOUND`（404）：评选不存在或无权查看
         *     - `ROUND.NOT_NOMINATED`（400）：表彰人选须从推荐人选中产生
         *     - `ROUND.OVER_QUOTA`（400）：表彰人数超出名额
         *     - `ROUND.PUBLISH_DATE`（400）：公示日期应在决定之后、不晚于今天
         *     - `ROUND.STEP_ORDER`（409）：推荐已经结束
         *     - `TRAINING.FUTURE`（400）：只登记已经开始的培训
         *     - `TRAINING.HOURS`（400）：培训学时应为整数
         *     - `TRAINING.KIND`（400）：培训类别不在规定之列
         *     - `TRAINING.NOT_FOUND`（404）：培训不存在或无权查看
         *     - `TRAINING.YEAR`（400）：该年本院尚无培训学时的规定
         * @enum {string}
         */
        ErrorCode: "ACCOUNT.DUPLICATE" | "ACCOUNT.NOT_FOUND" | "ACCOUNT.PERSON" | "ACCOUNT.PERSON_HAS_ACCOUNT" | "ACCOUNT.ROLES" | "ACCOUNT.SELF" | "ACCOUNT.SSO_NO_PASSWORD" | "AUTH.ACTIVATION_INVALID" | "AUTH.BAD_CREDENTIALS" | "AUTH.FORBIDDEN" | "AUTH.LOCAL_SIGN_IN_OFF" | "AUTH.LOCKED" | "AUTH.PASSWORD_CHANGE_REQUIRED" | "AUTH.RATE_LIMITED" | "AUTH.SAME_PASSWORD" | "AUTH.SESSION_EXPIRED" | "AUTH.SESSION_NOT_FOUND" | "AUTH.TOTP_ENROLL_REQUIRED" | "AUTH.TOTP_INVALID" | "AUTH.TOTP_NOT_STARTED" | "AUTH.TOTP_REQUIRED" | "AUTH.UNAUTHENTICATED" | "AUTH.WEAK_PASSWORD" | "AUTH.WRONG_PASSWORD" | "CALENDAR.OVERRIDE_EXISTS" | "CALENDAR.OVERRIDE_NOT_FOUND" | "CALENDAR.YEAR_CONFIRMED" | "CALENDAR.YEAR_IN_PACKAGE" | "CALENDAR.YEAR_UNKNOWN" | "DATA.DUPLICATE" | "DATA.CONFLICT" | "DATA.INTEGRITY" | "DOC.BAD_DATE" | "FIELD.INTEGRITY" | "FILE.BAD_ENCODING" | "FILE.EMPTY" | "FILE.KIND" | "FILE.NOT_FOUND" | "FILE.TOO_LARGE" | "FILE.TYPE_NOT_ALLOWED" | "IMPORT.CORRUPT" | "IMPORT.EMPTY" | "IMPORT.HAS_ERRORS" | "IMPORT.MISSING_COLUMNS" | "IMPORT.NO_HEADER" | "IMPORT.NO_SHEET" | "IMPORT.NOT_FOUND" | "IMPORT.NOT_PENDING" | "IMPORT.TOO_MANY_ROWS" | "IMPORT.TEMPLATE_UNKNOWN" | "IMPORT.UNDO_LATE" | "IMPORT.UNDO_LATER_BATCH" | "IMPORT.UNDO_IN_USE" | "IMPORT.NOT_COMMITTED" | "IMPORT.TYPE" | "LRMX.EMPTY_ZIP" | "LRMX.NONE" | "LRMX.TYPE" | "NOT_FOUND" | "NOTIFICATION.BAD_RECIPIENT" | "NOTIFICATION.CHANNEL_NOT_CONFIGURED" | "NOTIFICATION.CHANNEL_OFF" | "NOTIFICATION.EMAIL_REQUIRED" | "NOTIFICATION.NO_PERSON" | "NOTIFICATION.NOT_FOUND" | "NOTIFICATION.QUIET_HOURS" | "PROCEDURE.OWN_CASE" | "REQUEST.CROSS_SITE" | "REQUEST.INVALID" | "REQUEST.INVALID_JSON" | "REQUEST.MEDIA_TYPE" | "REQUEST.TARGET" | "REQUEST.TOO_LARGE" | "RESET.NOT_FOUND" | "RESET.NOT_PENDING" | "RESET.SAME_ADMIN" | "SERVER.ERROR" | "SIGNIN.HAS_ERRORS" | "SIGNIN.NO_HEADER" | "SIGNIN.NO_ROWS" | "SIGNIN.NO_SHEET" | "SIGNIN.NOTHING" | "SIGNIN.TOO_MANY_ROWS" | "SSO.NOT_CONFIGURED" | "VALIDATION.INVALID" | "ZIP.CORRUPT" | "ZIP.RATIO" | "ZIP.TOO_LARGE" | "ZIP.TOO_MANY_ENTRIES" | "ZIP.UNSAFE_NAME" | "DEPARTMENT.DUPLICATE" | "DEPARTMENT.HAS_STAFF" | "DEPARTMENT.NOT_FOUND" | "DOSSIER.NO_PHOTO" | "DUTY_REPORT.CLOSED" | "DUTY_REPORT.DUPLICATE" | "DUTY_REPORT.NO_PERSON" | "DUTY_REPORT.NOT_REQUIRED" | "DUTY.ALREADY_DONE" | "DUTY.ALREADY_WAIVED" | "DUTY.NOT_FOUND" | "DUTY.NOT_REASSIGNABLE" | "DUTY.NO_RECIPIENT" | "DUTY.REMINDED_TODAY" | "OVERSIGHT.ALREADY_ENDED" | "OVERSIGHT.DUPLICATE" | "OVERSIGHT.END_BEFORE_START" | "OVERSIGHT.NOT_FOUND" | "OVERSIGHT.NOT_LEADER" | "PERSON.DUPLICATE_ID_NUMBER" | "PERSON.DUPLICATE_STAFF_NO" | "PERSON.NOT_FOUND" | "PERSON.PERSONAL_DATA_FORBIDDEN" | "PERSON.RETIRED_BEFORE_HIRE" | "PERSON.RETIRED_BEFORE_TENURE" | "PERSON.RETIRED_ON_FUTURE" | "PERSON.RETIRED_ON_REQUIRED" | "PERSON.RETIRED_ON_UNUSED" | "PERSON.TENURE_AFTER_RETIREMENT" | "POST.DUPLICATE" | "POST.NOT_FOUND" | "TENURE.ALREADY_ENDED" | "TENURE.BEFORE_HIRE" | "TENURE.END_BEFORE_START" | "TENURE.NOT_FOUND" | "TENURE.OVERLAP" | "TENURE.PERSON_INACTIVE" | "TENURE.POST_INACTIVE" | "TENURE.POST_OCCUPIED" | "TALK.ASSIGNMENT_EXISTS" | "TALK.DATE_OUT_OF_RANGE" | "TALK.GROUP_SUBJECTS" | "TALK.HELD_IN_FUTURE" | "TALK.INACTIVE_PERSON" | "TALK.INDIVIDUAL_ONE_SUBJECT" | "TALK.NO_PERSON" | "TALK.NOT_A_TALKER" | "TALK.NOT_REASSIGNABLE" | "TALK.NOT_FOUND" | "TALK.NOT_SCHEDULED" | "TALK.OCCASION_IN_FUTURE" | "TALK.OCCASION_TOO_OLD" | "TALK.PLANNED_IN_PAST" | "TALK.POSSIBLE_DUPLICATE" | "TALK.RECORD_INCOMPLETE" | "TALK.REMIND_PAST_YEAR" | "TALK.REQUEST_PENDING" | "TALK.SELF" | "TALK.TALKER_WITHOUT_QUOTA" | "TALK.UNKNOWN_PERSON" | "TALK.YEAR_IN_FUTURE" | "TALK.YEAR_BEFORE_RULES" | "SIDELINE.ALREADY_CONFIRMED" | "SIDELINE.ALREADY_HELD" | "SIDELINE.ALREADY_TURNED_OVER" | "SIDELINE.ASSOCIATION_LEADERSHIP" | "SIDELINE.ATTACHMENTS_MISSING" | "SIDELINE.COMMITMENT" | "SIDELINE.DUPLICATE" | "SIDELINE.END_DATE" | "SIDELINE.END_REQUIRED" | "SIDELINE.ENDED" | "SIDELINE.FIRST_HELD" | "SIDELINE.HOSTILE_BACKGROUND" | "SIDELINE.INVESTMENT_KIND" | "SIDELINE.KIND_NOT_ALLOWED" | "SIDELINE.LEGAL_REPRESENTATIVE" | "SIDELINE.MEETING_DATE" | "SIDELINE.NO_OVERSEEING_LEADER" | "SIDELINE.NO_PERSON" | "SIDELINE.NOT_ACTIVE" | "SIDELINE.NOT_APPLICANT" | "SIDELINE.NOT_EDITABLE" | "SIDELINE.NOT_FOUND" | "SIDELINE.NOT_HOLDER" | "SIDELINE.NOT_IN_REVIEW" | "SIDELINE.NOT_REPORTED" | "SIDELINE.NOT_TURNED_OVER" | "SIDELINE.NOT_WITHDRAWABLE" | "SIDELINE.NOT_YOUR_STEP" | "SIDELINE.ORG_EXISTS" | "SIDELINE.OUT_OF_SCOPE" | "SIDELINE.PAY" | "SIDELINE.PAY_DATE" | "SIDELINE.PAY_DETAILS" | "SIDELINE.PAY_NOT_FOUND" | "SIDELINE.QUOTA_EXCEEDED" | "SIDELINE.REASON_REQUIRED" | "SIDELINE.RECEIPT_REQUIRED" | "SIDELINE.REFERENCE_REQUIRED" | "SIDELINE.REPORT_EXISTS" | "SIDELINE.REPORT_YEAR" | "SIDELINE.SIDELINE_ENDED" | "SIDELINE.STATEMENT_REQUIRED" | "SIDELINE.TERM_DATES" | "SIDELINE.TERM_LIMIT" | "SIDELINE.TURNOVER_DATE" | "SIDELINE.UNKNOWN_ORG" | "SIDELINE.UNKNOWN_SIDELINE" | "SIDELINE.UNRELATED" | "SIDELINE.USCC_INVALID" | "SIDELINE.USCC_REQUIRED" | "SIDELINE.YEAR_LIMIT" | "ACCOUNTABILITY.DATE_ORDER" | "ACCOUNTABILITY.DEPARTMENT" | "ACCOUNTABILITY.FUTURE_DATE" | "ACCOUNTABILITY.HANDLING_REQUIRED" | "ACCOUNTABILITY.NOT_FOUND" | "ACCOUNTABILITY.PERSON" | "ACCOUNTABILITY.REVIEW_PENDING" | "ACCOUNTABILITY.STEP_ORDER" | "ACCOUNTABILITY.SUBJECT_REQUIRED" | "CORRECTION.CLOSED" | "CORRECTION.DATE_ORDER" | "CORRECTION.DUE_PAST" | "CORRECTION.FUTURE_DATE" | "CORRECTION.KIND" | "CORRECTION.NOT_DONE" | "CORRECTION.NOT_FOUND" | "CORRECTION.PERSON" | "CORRECTION.VERIFIED" | "FOLLOWUP.DATE_ORDER" | "FOLLOWUP.FUTURE_DATE" | "FOLLOWUP.NOT_EXEMPT" | "PETITION.CLEARANCE_PENDING" | "PETITION.DATE_ORDER" | "PETITION.DISPOSITION" | "PETITION.DISPOSITION_OUTCOME" | "PETITION.FUTURE_DATE" | "PETITION.NOT_CLEARABLE" | "PETITION.NOT_FOUND" | "PETITION.NOT_MALICIOUS" | "PETITION.OUTCOME_REQUIRED" | "PETITION.PERSON" | "PETITION.REFERRAL_PENDING" | "PETITION.REPORTER" | "PETITION.SCOPE" | "PETITION.STEP_ORDER" | "TOLERANCE.AFTER_CARRIED_OUT" | "TOLERANCE.APPLICANT_DECIDES" | "TOLERANCE.APPLICANT_ON_TEAM" | "TOLERANCE.BEFORE_START" | "TOLERANCE.CLOSE_PENDING" | "TOLERANCE.COLLECTIVE_REQUIRED" | "TOLERANCE.DATE_ORDER" | "TOLERANCE.DEFER_UNTIL" | "TOLERANCE.DEFER_UNTIL_REQUIRED" | "TOLERANCE.DEFERRAL_TOO_LONG" | "TOLERANCE.DUPLICATE" | "TOLERANCE.EXPLANATION_REQUIRED" | "TOLERANCE.FILE_BEFORE_FEEDBACK" | "TOLERANCE.FILES_CLOSED" | "TOLERANCE.FORBIDDEN" | "TOLERANCE.FORM_UNAVAILABLE" | "TOLERANCE.FUTURE_DATE" | "TOLERANCE.GROUND_UNKNOWN" | "TOLERANCE.IMPACT_UNTIL" | "TOLERANCE.MITIGATION_NOTE_REQUIRED" | "TOLERANCE.NO_APPLICATION" | "TOLERANCE.NO_FILING" | "TOLERANCE.NO_GROUND" | "TOLERANCE.NOT_FOUND" | "TOLERANCE.NOT_HEARD" | "TOLERANCE.NOT_INVESTIGATING" | "TOLERANCE.NOT_SUBJECT" | "TOLERANCE.OUT_OF_SCOPE" | "TOLERANCE.OUTCOME_REQUIRED" | "TOLERANCE.PLEDGE_REQUIRED" | "TOLERANCE.PRIVATE_GAIN" | "TOLERANCE.PRIVATE_GAIN_UNSTATED" | "TOLERANCE.PUBLISH_NOT_EXEMPT" | "TOLERANCE.REASON_REQUIRED" | "TOLERANCE.STEP_ORDER" | "TOLERANCE.TEAM_EMPTY" | "TOLERANCE.TEAM_PERSON" | "TOLERANCE.WINDOW_CLOSED" | "INQUIRY.ASSESS_DATE" | "INQUIRY.FORBIDDEN" | "INQUIRY.FUTURE" | "INQUIRY.NO_PLAN" | "INQUIRY.NOT_FOUND" | "INQUIRY.NOT_SENT" | "INQUIRY.PLAN" | "INQUIRY.PLAN_LOCKED" | "INQUIRY.REPLY_BEFORE_LETTER" | "INQUIRY.REPLY_FUTURE" | "INQUIRY.STATUS" | "INQUIRY.TARGET" | "INTERVIEW_PLAN.DEPARTMENT" | "INTERVIEW_PLAN.DUPLICATE" | "INTERVIEW_PLAN.EMPTY" | "INTERVIEW_PLAN.FORBIDDEN" | "INTERVIEW_PLAN.FUTURE" | "INTERVIEW_PLAN.NOT_FOUND" | "INTERVIEW_PLAN.QUARTER" | "INTERVIEW_PLAN.STATUS" | "INTERVIEW_STATS.DEPARTMENT" | "INTERVIEW_STATS.DUPLICATE" | "INTERVIEW_STATS.FORBIDDEN" | "INTERVIEW_STATS.FUTURE" | "INTERVIEW_STATS.KIND" | "INTERVIEW.CASE_DEPARTMENT" | "INTERVIEW.CASE_GROUP" | "INTERVIEW.CLOSE_DATE" | "INTERVIEW.DUPLICATE_TARGET" | "INTERVIEW.FORBIDDEN" | "INTERVIEW.FUTURE" | "INTERVIEW.GROUP_REASON" | "INTERVIEW.HANDLING_EXISTS" | "INTERVIEW.INDIVIDUAL_ONE" | "INTERVIEW.KIND" | "INTERVIEW.LEAD" | "INTERVIEW.LEAD_IS_TARGET" | "INTERVIEW.LEAD_NOT_CANDIDATE" | "INTERVIEW.MATERIAL_DONE" | "INTERVIEW.MATERIAL_EMPTY" | "INTERVIEW.MATERIAL_MISSING" | "INTERVIEW.NO_TARGET" | "INTERVIEW.NOT_FOUND" | "INTERVIEW.NOT_HELD" | "INTERVIEW.NOT_ORGANIZER" | "INTERVIEW.PERSON" | "INTERVIEW.PLAN" | "INTERVIEW.PLAN_LOCKED" | "INTERVIEW.PLAN_NOT_APPROVED" | "INTERVIEW.RECORDER" | "INTERVIEW.RECORDER_IS_TARGET" | "INTERVIEW.STATUS" | "INTERVIEW.SUPERVISION_ONLY" | "INTERVIEW.TARGET" | "INTERVIEW.TARGET_SOURCE" | "APPRAISAL.BATCH_REFUSED" | "APPRAISAL.BATCH_TWICE" | "APPRAISAL.CASE" | "APPRAISAL.CYCLE_CLOSED" | "APPRAISAL.CYCLE_EXISTS" | "APPRAISAL.CYCLE_NOT_FOUND" | "APPRAISAL.DUE" | "APPRAISAL.DUPLICATE" | "APPRAISAL.EXEMPT_MATTER" | "APPRAISAL.GRADE" | "APPRAISAL.NOT_IN_DEPARTMENT" | "APPRAISAL.QUOTA_EXCEEDED" | "APPRAISAL.REASON_REQUIRED" | "CARE.CLOSE_DATE" | "CARE.CLOSED" | "CARE.FUTURE" | "CARE.NOT_FOUND" | "CARE.PERSON" | "CARE.SITUATION" | "CARE.VISIT_DATE" | "COMMENDATION.FUTURE" | "INACTION.ADJUSTMENT" | "INACTION.BEFORE_SIGNAL" | "INACTION.COLLECTIVE" | "INACTION.DEADLINE" | "INACTION.FUTURE" | "INACTION.NOT_FOUND" | "INACTION.NOT_YET" | "INACTION.SIGNAL" | "INACTION.STEP_ORDER" | "RESERVE.DUPLICATE" | "RESERVE.FINDING" | "RESERVE.FINDING_KIND" | "RESERVE.FUTURE" | "RESERVE.IMPACT_PERIOD" | "RESERVE.INTEGRITY_ZERO_TOLERANCE" | "RESERVE.NOT_FOUND" | "RESERVE.PERSON" | "RESERVE.POLITICAL_VETO" | "RESERVE.STATUS" | "RESERVE.TARGET_RANK" | "RESERVE.UNCORRECTED" | "ROUND.COLLECTIVE" | "ROUND.DUPLICATE" | "ROUND.FUTURE" | "ROUND.NO_NOMINEES" | "ROUND.NONE_AWARDED" | "ROUND.NOT_FOUND" | "ROUND.NOT_NOMINATED" | "ROUND.OVER_QUOTA" | "ROUND.PUBLISH_DATE" | "ROUND.STEP_ORDER" | "TRAINING.FUTURE" | "TRAINING.HOURS" | "TRAINING.KIND" | "TRAINING.NOT_FOUND" | "TRAINING.YEAR";
    };
    responses: {
        /** @description 错误（任一登记的错误码） */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        code: components["schemas"]["ErrorCode"];
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 输入有误或不符合制度规定 */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "ACCOUNT.PERSON" | "ACCOUNT.ROLES" | "AUTH.ACTIVATION_INVALID" | "AUTH.SAME_PASSWORD" | "AUTH.TOTP_INVALID" | "AUTH.TOTP_REQUIRED" | "AUTH.WEAK_PASSWORD" | "AUTH.WRONG_PASSWORD" | "DOC.BAD_DATE" | "FIELD.INTEGRITY" | "FILE.BAD_ENCODING" | "FILE.EMPTY" | "FILE.KIND" | "FILE.TOO_LARGE" | "FILE.TYPE_NOT_ALLOWED" | "IMPORT.CORRUPT" | "IMPORT.EMPTY" | "IMPORT.MISSING_COLUMNS" | "IMPORT.NO_HEADER" | "IMPORT.NO_SHEET" | "IMPORT.TOO_MANY_ROWS" | "IMPORT.TYPE" | "LRMX.EMPTY_ZIP" | "LRMX.TYPE" | "NOTIFICATION.BAD_RECIPIENT" | "NOTIFICATION.CHANNEL_NOT_CONFIGURED" | "NOTIFICATION.CHANNEL_OFF" | "NOTIFICATION.EMAIL_REQUIRED" | "NOTIFICATION.NO_PERSON" | "NOTIFICATION.QUIET_HOURS" | "REQUEST.INVALID" | "REQUEST.INVALID_JSON" | "REQUEST.TARGET" | "SIGNIN.HAS_ERRORS" | "SIGNIN.NO_HEADER" | "SIGNIN.NO_ROWS" | "SIGNIN.NO_SHEET" | "SIGNIN.NOTHING" | "SIGNIN.TOO_MANY_ROWS" | "VALIDATION.INVALID" | "ZIP.CORRUPT" | "ZIP.RATIO" | "ZIP.TOO_LARGE" | "ZIP.TOO_MANY_ENTRIES" | "ZIP.UNSAFE_NAME" | "DEPARTMENT.NOT_FOUND" | "OVERSIGHT.END_BEFORE_START" | "OVERSIGHT.NOT_LEADER" | "PERSON.NOT_FOUND" | "PERSON.RETIRED_BEFORE_HIRE" | "PERSON.RETIRED_BEFORE_TENURE" | "PERSON.RETIRED_ON_FUTURE" | "PERSON.RETIRED_ON_REQUIRED" | "PERSON.RETIRED_ON_UNUSED" | "PERSON.TENURE_AFTER_RETIREMENT" | "POST.NOT_FOUND" | "TENURE.BEFORE_HIRE" | "TENURE.END_BEFORE_START" | "TALK.DATE_OUT_OF_RANGE" | "TALK.GROUP_SUBJECTS" | "TALK.HELD_IN_FUTURE" | "TALK.INACTIVE_PERSON" | "TALK.INDIVIDUAL_ONE_SUBJECT" | "TALK.NO_PERSON" | "TALK.OCCASION_IN_FUTURE" | "TALK.OCCASION_TOO_OLD" | "TALK.PLANNED_IN_PAST" | "TALK.RECORD_INCOMPLETE" | "TALK.REMIND_PAST_YEAR" | "TALK.SELF" | "TALK.UNKNOWN_PERSON" | "TALK.YEAR_IN_FUTURE" | "TALK.YEAR_BEFORE_RULES" | "SIDELINE.ASSOCIATION_LEADERSHIP" | "SIDELINE.ATTACHMENTS_MISSING" | "SIDELINE.COMMITMENT" | "SIDELINE.END_DATE" | "SIDELINE.END_REQUIRED" | "SIDELINE.FIRST_HELD" | "SIDELINE.HOSTILE_BACKGROUND" | "SIDELINE.INVESTMENT_KIND" | "SIDELINE.KIND_NOT_ALLOWED" | "SIDELINE.LEGAL_REPRESENTATIVE" | "SIDELINE.MEETING_DATE" | "SIDELINE.OUT_OF_SCOPE" | "SIDELINE.PAY" | "SIDELINE.PAY_DATE" | "SIDELINE.PAY_DETAILS" | "SIDELINE.QUOTA_EXCEEDED" | "SIDELINE.RECEIPT_REQUIRED" | "SIDELINE.REPORT_YEAR" | "SIDELINE.SIDELINE_ENDED" | "SIDELINE.STATEMENT_REQUIRED" | "SIDELINE.TERM_DATES" | "SIDELINE.TERM_LIMIT" | "SIDELINE.TURNOVER_DATE" | "SIDELINE.UNKNOWN_ORG" | "SIDELINE.UNKNOWN_SIDELINE" | "SIDELINE.UNRELATED" | "SIDELINE.USCC_INVALID" | "SIDELINE.USCC_REQUIRED" | "SIDELINE.YEAR_LIMIT" | "ACCOUNTABILITY.DEPARTMENT" | "ACCOUNTABILITY.FUTURE_DATE" | "ACCOUNTABILITY.PERSON" | "ACCOUNTABILITY.SUBJECT_REQUIRED" | "CORRECTION.DUE_PAST" | "CORRECTION.KIND" | "CORRECTION.PERSON" | "FOLLOWUP.NOT_EXEMPT" | "PETITION.FUTURE_DATE" | "PETITION.PERSON" | "PETITION.REPORTER" | "TOLERANCE.DATE_ORDER" | "TOLERANCE.FUTURE_DATE" | "TOLERANCE.GROUND_UNKNOWN" | "TOLERANCE.IMPACT_UNTIL" | "TOLERANCE.NO_GROUND" | "TOLERANCE.PLEDGE_REQUIRED" | "TOLERANCE.TEAM_PERSON" | "INQUIRY.ASSESS_DATE" | "INQUIRY.FUTURE" | "INQUIRY.NOT_SENT" | "INQUIRY.PLAN" | "INQUIRY.REPLY_BEFORE_LETTER" | "INQUIRY.REPLY_FUTURE" | "INQUIRY.TARGET" | "INTERVIEW_PLAN.DEPARTMENT" | "INTERVIEW_PLAN.FUTURE" | "INTERVIEW_PLAN.QUARTER" | "INTERVIEW_STATS.DEPARTMENT" | "INTERVIEW_STATS.FUTURE" | "INTERVIEW_STATS.KIND" | "INTERVIEW.CASE_DEPARTMENT" | "INTERVIEW.CLOSE_DATE" | "INTERVIEW.DUPLICATE_TARGET" | "INTERVIEW.FUTURE" | "INTERVIEW.GROUP_REASON" | "INTERVIEW.INDIVIDUAL_ONE" | "INTERVIEW.KIND" | "INTERVIEW.LEAD" | "INTERVIEW.LEAD_IS_TARGET" | "INTERVIEW.LEAD_NOT_CANDIDATE" | "INTERVIEW.MATERIAL_EMPTY" | "INTERVIEW.NO_TARGET" | "INTERVIEW.PERSON" | "INTERVIEW.PLAN" | "INTERVIEW.PLAN_NOT_APPROVED" | "INTERVIEW.RECORDER" | "INTERVIEW.RECORDER_IS_TARGET" | "INTERVIEW.TARGET" | "INTERVIEW.TARGET_SOURCE" | "APPRAISAL.BATCH_TWICE" | "APPRAISAL.CASE" | "APPRAISAL.DUE" | "APPRAISAL.GRADE" | "APPRAISAL.NOT_IN_DEPARTMENT" | "APPRAISAL.REASON_REQUIRED" | "CARE.CLOSE_DATE" | "CARE.FUTURE" | "CARE.PERSON" | "CARE.SITUATION" | "CARE.VISIT_DATE" | "COMMENDATION.FUTURE" | "INACTION.ADJUSTMENT" | "INACTION.BEFORE_SIGNAL" | "INACTION.COLLECTIVE" | "INACTION.DEADLINE" | "INACTION.FUTURE" | "INACTION.SIGNAL" | "RESERVE.FINDING_KIND" | "RESERVE.FUTURE" | "RESERVE.PERSON" | "RESERVE.TARGET_RANK" | "ROUND.COLLECTIVE" | "ROUND.FUTURE" | "ROUND.NO_NOMINEES" | "ROUND.NONE_AWARDED" | "ROUND.NOT_NOMINATED" | "ROUND.OVER_QUOTA" | "ROUND.PUBLISH_DATE" | "TRAINING.FUTURE" | "TRAINING.HOURS" | "TRAINING.KIND" | "TRAINING.YEAR";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 未登录或会话已失效 */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "AUTH.BAD_CREDENTIALS" | "AUTH.SESSION_EXPIRED" | "AUTH.TOTP_INVALID" | "AUTH.TOTP_REQUIRED" | "AUTH.UNAUTHENTICATED";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 无权办理 */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "AUTH.FORBIDDEN" | "AUTH.LOCAL_SIGN_IN_OFF" | "AUTH.PASSWORD_CHANGE_REQUIRED" | "AUTH.TOTP_ENROLL_REQUIRED" | "PROCEDURE.OWN_CASE" | "REQUEST.CROSS_SITE" | "DUTY_REPORT.NO_PERSON" | "DUTY_REPORT.NOT_REQUIRED" | "PERSON.PERSONAL_DATA_FORBIDDEN" | "TALK.NOT_A_TALKER" | "SIDELINE.NO_PERSON" | "SIDELINE.NOT_APPLICANT" | "SIDELINE.NOT_HOLDER" | "TOLERANCE.FORBIDDEN" | "TOLERANCE.NOT_SUBJECT" | "INQUIRY.FORBIDDEN" | "INTERVIEW_PLAN.FORBIDDEN" | "INTERVIEW_STATS.FORBIDDEN" | "INTERVIEW.FORBIDDEN" | "INTERVIEW.NOT_ORGANIZER" | "INTERVIEW.PLAN" | "INTERVIEW.SUPERVISION_ONLY";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 记录不存在或无权查看 */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "ACCOUNT.NOT_FOUND" | "AUTH.SESSION_NOT_FOUND" | "CALENDAR.OVERRIDE_NOT_FOUND" | "FILE.NOT_FOUND" | "IMPORT.NOT_FOUND" | "IMPORT.TEMPLATE_UNKNOWN" | "LRMX.NONE" | "NOT_FOUND" | "NOTIFICATION.NOT_FOUND" | "RESET.NOT_FOUND" | "DEPARTMENT.NOT_FOUND" | "DOSSIER.NO_PHOTO" | "DUTY.NOT_FOUND" | "OVERSIGHT.NOT_FOUND" | "PERSON.NOT_FOUND" | "POST.NOT_FOUND" | "TENURE.NOT_FOUND" | "TALK.NOT_FOUND" | "TALK.TALKER_WITHOUT_QUOTA" | "SIDELINE.NOT_FOUND" | "SIDELINE.PAY_NOT_FOUND" | "ACCOUNTABILITY.NOT_FOUND" | "CORRECTION.NOT_FOUND" | "PETITION.NOT_FOUND" | "TOLERANCE.NOT_FOUND" | "INQUIRY.NOT_FOUND" | "INTERVIEW_PLAN.NOT_FOUND" | "INTERVIEW.NOT_FOUND" | "INTERVIEW.TARGET" | "APPRAISAL.CYCLE_NOT_FOUND" | "CARE.NOT_FOUND" | "INACTION.NOT_FOUND" | "RESERVE.NOT_FOUND" | "ROUND.NOT_FOUND" | "TRAINING.NOT_FOUND";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 与记录当前状态冲突 */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "ACCOUNT.DUPLICATE" | "ACCOUNT.PERSON_HAS_ACCOUNT" | "ACCOUNT.SELF" | "ACCOUNT.SSO_NO_PASSWORD" | "AUTH.TOTP_NOT_STARTED" | "CALENDAR.OVERRIDE_EXISTS" | "CALENDAR.YEAR_CONFIRMED" | "CALENDAR.YEAR_IN_PACKAGE" | "DATA.DUPLICATE" | "DATA.CONFLICT" | "FIELD.INTEGRITY" | "IMPORT.HAS_ERRORS" | "IMPORT.NOT_PENDING" | "IMPORT.UNDO_LATE" | "IMPORT.UNDO_LATER_BATCH" | "IMPORT.UNDO_IN_USE" | "IMPORT.NOT_COMMITTED" | "RESET.NOT_PENDING" | "RESET.SAME_ADMIN" | "SSO.NOT_CONFIGURED" | "DEPARTMENT.DUPLICATE" | "DEPARTMENT.HAS_STAFF" | "DUTY_REPORT.CLOSED" | "DUTY_REPORT.DUPLICATE" | "DUTY.ALREADY_DONE" | "DUTY.ALREADY_WAIVED" | "DUTY.REMINDED_TODAY" | "OVERSIGHT.ALREADY_ENDED" | "OVERSIGHT.DUPLICATE" | "PERSON.DUPLICATE_ID_NUMBER" | "PERSON.DUPLICATE_STAFF_NO" | "POST.DUPLICATE" | "TENURE.ALREADY_ENDED" | "TENURE.OVERLAP" | "TENURE.PERSON_INACTIVE" | "TENURE.POST_INACTIVE" | "TENURE.POST_OCCUPIED" | "TALK.ASSIGNMENT_EXISTS" | "TALK.NOT_SCHEDULED" | "TALK.POSSIBLE_DUPLICATE" | "TALK.REQUEST_PENDING" | "SIDELINE.ALREADY_CONFIRMED" | "SIDELINE.ALREADY_HELD" | "SIDELINE.ALREADY_TURNED_OVER" | "SIDELINE.DUPLICATE" | "SIDELINE.ENDED" | "SIDELINE.NO_OVERSEEING_LEADER" | "SIDELINE.NOT_ACTIVE" | "SIDELINE.NOT_EDITABLE" | "SIDELINE.NOT_IN_REVIEW" | "SIDELINE.NOT_REPORTED" | "SIDELINE.NOT_TURNED_OVER" | "SIDELINE.NOT_WITHDRAWABLE" | "SIDELINE.NOT_YOUR_STEP" | "SIDELINE.ORG_EXISTS" | "SIDELINE.REASON_REQUIRED" | "SIDELINE.REFERENCE_REQUIRED" | "SIDELINE.REPORT_EXISTS" | "ACCOUNTABILITY.DATE_ORDER" | "ACCOUNTABILITY.FUTURE_DATE" | "ACCOUNTABILITY.HANDLING_REQUIRED" | "ACCOUNTABILITY.REVIEW_PENDING" | "ACCOUNTABILITY.STEP_ORDER" | "CORRECTION.CLOSED" | "CORRECTION.DATE_ORDER" | "CORRECTION.FUTURE_DATE" | "CORRECTION.NOT_DONE" | "CORRECTION.VERIFIED" | "FOLLOWUP.DATE_ORDER" | "FOLLOWUP.FUTURE_DATE" | "PETITION.CLEARANCE_PENDING" | "PETITION.DATE_ORDER" | "PETITION.DISPOSITION" | "PETITION.DISPOSITION_OUTCOME" | "PETITION.FUTURE_DATE" | "PETITION.NOT_CLEARABLE" | "PETITION.NOT_MALICIOUS" | "PETITION.OUTCOME_REQUIRED" | "PETITION.REFERRAL_PENDING" | "PETITION.SCOPE" | "PETITION.STEP_ORDER" | "TOLERANCE.AFTER_CARRIED_OUT" | "TOLERANCE.APPLICANT_DECIDES" | "TOLERANCE.APPLICANT_ON_TEAM" | "TOLERANCE.BEFORE_START" | "TOLERANCE.CLOSE_PENDING" | "TOLERANCE.COLLECTIVE_REQUIRED" | "TOLERANCE.DATE_ORDER" | "TOLERANCE.DEFER_UNTIL" | "TOLERANCE.DEFER_UNTIL_REQUIRED" | "TOLERANCE.DEFERRAL_TOO_LONG" | "TOLERANCE.DUPLICATE" | "TOLERANCE.EXPLANATION_REQUIRED" | "TOLERANCE.FILE_BEFORE_FEEDBACK" | "TOLERANCE.FILES_CLOSED" | "TOLERANCE.FORM_UNAVAILABLE" | "TOLERANCE.FUTURE_DATE" | "TOLERANCE.MITIGATION_NOTE_REQUIRED" | "TOLERANCE.NO_APPLICATION" | "TOLERANCE.NO_FILING" | "TOLERANCE.NOT_HEARD" | "TOLERANCE.NOT_INVESTIGATING" | "TOLERANCE.OUT_OF_SCOPE" | "TOLERANCE.OUTCOME_REQUIRED" | "TOLERANCE.PRIVATE_GAIN" | "TOLERANCE.PRIVATE_GAIN_UNSTATED" | "TOLERANCE.PUBLISH_NOT_EXEMPT" | "TOLERANCE.REASON_REQUIRED" | "TOLERANCE.STEP_ORDER" | "TOLERANCE.TEAM_EMPTY" | "TOLERANCE.WINDOW_CLOSED" | "INQUIRY.NO_PLAN" | "INQUIRY.PLAN_LOCKED" | "INQUIRY.STATUS" | "INTERVIEW_PLAN.DUPLICATE" | "INTERVIEW_PLAN.EMPTY" | "INTERVIEW_PLAN.FORBIDDEN" | "INTERVIEW_PLAN.STATUS" | "INTERVIEW_STATS.DUPLICATE" | "INTERVIEW.CASE_GROUP" | "INTERVIEW.HANDLING_EXISTS" | "INTERVIEW.MATERIAL_DONE" | "INTERVIEW.MATERIAL_MISSING" | "INTERVIEW.NOT_HELD" | "INTERVIEW.PLAN_LOCKED" | "INTERVIEW.PLAN_NOT_APPROVED" | "INTERVIEW.STATUS" | "APPRAISAL.CYCLE_CLOSED" | "APPRAISAL.CYCLE_EXISTS" | "APPRAISAL.DUPLICATE" | "APPRAISAL.EXEMPT_MATTER" | "APPRAISAL.QUOTA_EXCEEDED" | "CARE.CLOSED" | "INACTION.NOT_YET" | "INACTION.STEP_ORDER" | "RESERVE.DUPLICATE" | "RESERVE.FINDING" | "RESERVE.IMPACT_PERIOD" | "RESERVE.INTEGRITY_ZERO_TOLERANCE" | "RESERVE.POLITICAL_VETO" | "RESERVE.STATUS" | "RESERVE.UNCORRECTED" | "ROUND.DUPLICATE" | "ROUND.STEP_ORDER";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 请求内容过大 */
        Error413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "REQUEST.TOO_LARGE";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 请求内容类型不受支持 */
        Error415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "REQUEST.MEDIA_TYPE";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 缺少计算所需的数据 */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "CALENDAR.YEAR_UNKNOWN" | "DUTY.NOT_REASSIGNABLE" | "DUTY.NO_RECIPIENT" | "TALK.NOT_REASSIGNABLE" | "APPRAISAL.BATCH_REFUSED";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 账号暂时锁定 */
        Error423: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "AUTH.LOCKED";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 尝试过于频繁 */
        Error429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "AUTH.RATE_LIMITED";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
        /** @description 服务器内部错误 */
        Error500: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @enum {string} */
                        code: "DATA.INTEGRITY" | "SERVER.ERROR";
                        /** @description 给用户看的中文说明 */
                        message: string;
                        /** @description 出错的输入项（如 personId、items.0.on） */
                        field?: string;
                        /** @description 禁止此操作的制度条款 */
                        article?: string;
                    };
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
