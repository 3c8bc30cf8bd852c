/**
 * Why a single sign-on was refused: a stable code (the login page shows its message from `?ssoError=`), the Chinese
 * message users read, and a technical reason kept only in the audit trail.
 */
export const SSO_ERRORS = {
  'SSO.OFF': '未启用统一身份认证，请使用账号密码登录',
  'SSO.STATE': '统一身份认证的登录请求无效或已过期（请勿重复使用登录链接），请重新登录',
  'SSO.TOKEN': '统一身份认证返回的身份凭据无效（签发方、接收方、有效期或随机数不符），已拒绝登录',
  'SSO.TICKET': '统一身份认证票据无效、已使用或已过期，已拒绝登录',
  'SSO.CANCELLED': '已在统一身份认证页面取消登录',
  'SSO.PROVIDER': '暂时无法连接统一身份认证服务，请稍后再试或联系学校信息中心',
  'SSO.INSTITUTION': '统一身份认证未指定所属学院（SSO_INSTITUTION），请联系系统管理员',
  'SSO.NO_STAFF_NO': '统一身份认证未提供工号，无法确定您的身份，请联系学校信息中心',
  'SSO.UNKNOWN_STAFF_NO': '本系统人员名册中没有该工号，请联系组织部门核对',
  'SSO.PERSON_LEFT': '名册中该人员已离职或退休，不能登录',
  'SSO.ACCOUNT_DISABLED': '该账号已停用，请联系系统管理员',
} as const;

export type SsoErrorCode = keyof typeof SSO_ERRORS;

export class SsoFailure extends Error {
  constructor(
    readonly code: SsoErrorCode,
    /** For the audit trail: what exactly did not match (never shown to the user). */
    readonly reason: string,
    readonly who: { staffNo?: string; institutionId?: number; accountId?: number } = {},
  ) {
    super(SSO_ERRORS[code]);
  }
}
