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
        /** 当前用户 */
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
                        };
                    };
                };
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
            };
        };
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
            };
        };
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
            };
        };
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
        /** 全院（或所分管部门）应办事项 */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    status?: "open" | "due_soon" | "overdue" | "done" | "waived";
                    departmentId?: number;
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
            };
        };
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
                            }[];
                            documents: {
                                packId: string;
                                id: string;
                                label: string;
                                title: string;
                                docNo: string | null;
                                issued: string | null;
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
                            }[];
                        };
                    };
                };
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
        /** 校验审计日志链（HMAC-SM3）：给出第一条被改动、删除或插入的事件；并与数据库之外的锚点比对，发现最新事件被删除、链头被回退或事件被替换 */
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
                                reason: string;
                            } | null;
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
        /** 导出年度谈心谈话完成情况表（Excel） */
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
                        };
                    };
                };
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
        /** 下载申请附件 */
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
            };
        };
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
            };
        };
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
            };
        };
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
        /** 下载证据材料 */
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
        /** 约谈工作督导（六（二））：按形式、部门、月份统计，集中约谈完成情况，计划和统计表逾期的部门 */
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
                            late: {
                                departmentId: number | null;
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
            };
        };
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
                        };
                    };
                };
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
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
