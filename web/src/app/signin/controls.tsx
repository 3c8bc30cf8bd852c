import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, EyeInvisibleOutlined, EyeOutlined, LoadingOutlined } from '@ant-design/icons';
import './signin.css';

/**
 * The few controls of the sign-in and activation forms, without antd (see signin.css): a field with its label, icon,
 * hint and message, a button, an alert, a divider, and a form's values and checks.
 */

type Check = { required?: boolean; pattern?: RegExp; message: string } | ((value: string, all: Record<string, string>) => string | undefined);

export type SignInForm<K extends string> = ReturnType<typeof useSignInForm<K>>;

/** The values of a form and their messages: a field is checked on submit, and again as it changes once it was wrong. */
export function useSignInForm<K extends string>(checks: Partial<Record<K, Check[]>>) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({});
  const messageOf = (name: K, all: Record<string, string>) => {
    const value = all[name] ?? '';
    for (const c of checks[name] ?? []) {
      const m = typeof c === 'function' ? c(value, all) : (c.required && !value) || (c.pattern && value && !c.pattern.test(value)) ? c.message : undefined;
      if (m) return m;
    }
    return undefined;
  };
  const change = (name: K, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    // What was wrong is checked again as it is corrected (and a field that depends on it, as the confirmation does).
    setErrors((old) => Object.fromEntries(Object.keys(old).map((k) => [k, messageOf(k as K, next)]).filter(([, m]) => m)) as Partial<Record<K, string>>);
  };
  const handleSubmit = (onValid: (values: Record<K, string>) => void) => (e: FormEvent) => {
    e.preventDefault();
    const found = Object.fromEntries((Object.keys(checks) as K[]).map((k) => [k, messageOf(k, values)]).filter(([, m]) => m)) as Partial<Record<K, string>>;
    setErrors(found);
    if (Object.keys(found).length === 0) onValid(values as Record<K, string>);
  };
  const setError = (name: K, message: string) => setErrors((old) => ({ ...old, [name]: message }));
  return { values, errors, change, handleSubmit, setError };
}

type FieldProps<K extends string> = {
  form: SignInForm<K>;
  name: K;
  label: string;
  icon: ReactNode;
  extra?: string;
  password?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value' | 'onChange' | 'type'>;

export function Field<K extends string>({ form, name, label, icon, extra, password, ...input }: FieldProps<K>) {
  const [shown, setShown] = useState(false);
  const helpId = `${useId()}-help`;
  const error = form.errors[name];
  return (
    <div className={`signin-field${error ? ' signin-field-invalid' : ''}`}>
      <label className="signin-label" htmlFor={name}>
        {label}
      </label>
      <span className="signin-input">
        <span className="signin-prefix">{icon}</span>
        <input
          {...input}
          id={name}
          name={name}
          type={password && !shown ? 'password' : 'text'}
          value={form.values[name] ?? ''}
          onChange={(e) => form.change(name, e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error || extra ? helpId : undefined}
        />
        {password && (
          <span className="signin-suffix" role="button" tabIndex={0} aria-label={shown ? '隐藏' : '显示'} aria-pressed={shown} onClick={() => setShown(!shown)} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), setShown(!shown))}>
            {shown ? <EyeOutlined /> : <EyeInvisibleOutlined />}
          </span>
        )}
      </span>
      <div id={helpId}>
        {error && (
          <div className="signin-help" role="alert">
            {error}
          </div>
        )}
        {extra && <div className="signin-extra">{extra}</div>}
      </div>
    </div>
  );
}

/** Two Chinese characters on a button are spaced, as antd does (登 录). */
const spaced = (text: ReactNode) => (typeof text === 'string' && /^[\u4e00-\u9fa5]{2}$/.test(text) ? text.split('').join(' ') : text);

export function Button({ kind, large, loading, icon, children, href, ...rest }: { kind: 'primary' | 'default' | 'link'; large?: boolean; loading?: boolean; icon?: ReactNode; children: ReactNode; href?: string; type?: 'submit' | 'button'; onClick?: () => void; 'data-testid'?: string }) {
  const className = `signin-button signin-button-${kind}${large ? ' signin-button-large' : ''}${loading ? ' signin-button-loading' : ''}`;
  const content = (
    <>
      {loading ? <span className="signin-spin"><LoadingOutlined /></span> : icon}
      <span>{spaced(children)}</span>
    </>
  );
  if (href)
    return (
      <a className={className} href={href} data-testid={rest['data-testid']}>
        {content}
      </a>
    );
  return (
    <button type={rest.type ?? 'button'} className={className} onClick={loading ? undefined : rest.onClick} disabled={loading} aria-busy={loading || undefined} data-testid={rest['data-testid']}>
      {content}
    </button>
  );
}

const alertIcons = { error: <CloseCircleFilled />, warning: <ExclamationCircleFilled />, success: <CheckCircleFilled /> };

export function Alert({ type, message, testId }: { type: keyof typeof alertIcons; message: ReactNode; testId?: string }) {
  return (
    <div className={`signin-alert signin-alert-${type}`} role="alert" data-testid={testId}>
      <span className="signin-alert-icon">{alertIcons[type]}</span>
      <div>{message}</div>
    </div>
  );
}

export const Divider = ({ children }: { children: ReactNode }) => (
  <div className="signin-divider" role="separator">
    <span>{children}</span>
  </div>
);

/** While the session is checked and the application's shell loads. */
export const Loading = () => (
  <div className="signin-loading" role="status">
    <span className="signin-loading-dot" />
    加载中
  </div>
);
