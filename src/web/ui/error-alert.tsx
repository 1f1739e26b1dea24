import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client.js';

export type ErrorAlertProps = {
  error: unknown;
  /** Overrides the default title ("Something went wrong"). */
  title?: ReactNode;
  onRetry?: () => void;
  /** Field errors already shown next to form fields are not repeated here. */
  hideFieldErrors?: boolean;
};

/** Shows a failed request: the problem's `detail` and per-field messages. */
export function ErrorAlert({ error, title, onRetry, hideFieldErrors = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;

  let detail: string = t('errors.unknown');
  let fieldErrors: ReadonlyArray<{ field: string; message: string }> = [];
  if (error instanceof ApiError) {
    detail = error.problem?.detail ?? error.message;
    fieldErrors = error.problem?.errors ?? [];
  } else if (error instanceof TypeError) {
    detail = t('errors.network');
  } else if (error instanceof Error) {
    detail = error.message;
  }

  const description = (
    <>
      <div>{detail}</div>
      {!hideFieldErrors && fieldErrors.length > 0 ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {fieldErrors.map((item) => (
            <li key={`${item.field}:${item.message}`}>
              <code>{item.field}</code>: {item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      // The server's problem `title` is the stable code (e.g. CSRF_FAILED), not prose: show our own heading.
      title={title ?? t('errors.title')}
      description={description}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
