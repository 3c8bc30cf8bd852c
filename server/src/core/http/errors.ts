import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody } from '../shared/errors';
import { fieldMessage, labelOf } from './field-labels';
import { FieldIntegrityError } from '../security/field-crypto';
import type { ErrorCode } from '../shared/error-codes';

export const body = (code: ErrorCode, message: string, extra: { field?: string; article?: string } = {}): ErrorBody => ({ error: { code, message, ...extra } });

/** Every error answer is JSON with a stable code and a Chinese message; bad input never becomes a 5xx. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(body(err.code, err.message, err.extra));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const field = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const schema = (req.routeOptions.schema as Record<string, unknown> | undefined)?.[err.validationContext === 'querystring' ? 'querystring' : err.validationContext ?? 'body'];
      const message = field ? fieldMessage(err.validationContext, labelOf(field, schema), first.message ?? '内容不正确') : `请求内容不正确：${first.message ?? ''}`;
      return reply.status(400).send(body('VALIDATION.INVALID', message, field ? { field } : {}));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send(body('REQUEST.MEDIA_TYPE', '请求内容类型不受支持，请以 JSON 提交'));
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError)
      return reply.status(400).send(body('REQUEST.INVALID_JSON', '请求内容不是有效的 JSON'));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(body('REQUEST.TOO_LARGE', '请求内容过大'));
    if (err instanceof FieldIntegrityError || (err as { cause?: unknown }).cause instanceof FieldIntegrityError) {
      req.log.error({ err }, 'field integrity check failed');
      return reply.status(500).send(body('DATA.INTEGRITY', new FieldIntegrityError().message));
    }
    const dbCode = (err as { code?: string }).code ?? ((err as { cause?: { code?: string } }).cause)?.code;
    if (dbCode === '23505') return reply.status(409).send(body('DATA.DUPLICATE', '与已有记录重复，未保存'));
    // Two transactions waiting on each other (PostgreSQL fails one) or a serialization failure: this one was rolled
    // back whole, nothing of it saved; doing it again will find the other's work committed.
    if (dbCode === '40P01' || dbCode === '40001') {
      req.log.warn({ err }, 'transaction conflict');
      return reply.status(409).send(body('DATA.CONFLICT', '与他人同时办理同一事项，操作未保存，请刷新后重试'));
    }
    if (err.statusCode && err.statusCode < 500) return reply.status(err.statusCode).send(body('REQUEST.INVALID', `请求有误：${err.message}`));
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('SERVER.ERROR', '服务器内部错误，操作未完成，请稍后重试或联系系统管理员'));
  });
}
