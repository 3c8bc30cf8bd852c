import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { ApiError, errorText } from '../api/client';

/** Shows a server error on the field it names; true when it did. */
export function showFieldError(form: FormInstance, field: string | undefined, message: string): boolean {
  if (!field || !form.getFieldInstance(field.split('.'))) return false;
  form.setFields([{ name: field, errors: [message.replace(/^[^：]*：/, '')] }]);
  return true;
}

/**
 * Validates a form, runs the request, and reports the outcome: success as a message, a refused field on the field
 * itself (so nothing the user typed is lost), anything else as an error message with the article where there is one.
 */
export async function submitForm<T>(form: FormInstance<T>, message: MessageInstance, run: (values: T) => Promise<unknown>, ok: string, done: () => void): Promise<void> {
  const values = await form.validateFields();
  try {
    await run(values);
    message.success(ok);
    form.resetFields();
    done();
  } catch (e) {
    if (!(e instanceof ApiError && showFieldError(form, e.field, e.message))) message.error(errorText(e));
  }
}

/**
 * Runs a request from a button or a confirmation: success as a message, then `after` (a reload); failure as an error
 * message with the article where there is one. True when it succeeded, so a dialog closes only then.
 */
export async function runAction(message: MessageInstance, run: () => Promise<unknown>, ok: string, after?: () => void): Promise<boolean> {
  try {
    await run();
  } catch (e) {
    message.error(errorText(e));
    return false;
  }
  message.success(ok);
  after?.();
  return true;
}
