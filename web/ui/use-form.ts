import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { noErrors, problemErrors, type FormErrors, type ProblemMapping } from './form-errors.ts';

export interface SubmitOptions<T> {
  /** Checked before anything is sent; return errors to stop. */
  validate?: (values: T) => FormErrors;
  /** Fields beyond the form's values (checkbox groups kept in state of their own) come in `fields`. */
  problems?: Partial<ProblemMapping>;
}

/** Values, errors and a busy flag for one form; submit failures become field and summary errors. */
export function useForm<T extends Record<string, string>>(initial: T) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  const field = useCallback(
    <K extends keyof T & string>(name: K) => ({
      name,
      value: values[name],
      error: errors.fields[name],
      onValue: (value: string) => setValues((previous) => ({ ...previous, [name]: value })),
    }),
    [values, errors],
  );

  const handleSubmit = useCallback(
    (run: (values: T) => Promise<void>, options: SubmitOptions<T> = {}) =>
      async (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (busy) return;
        const invalid = options.validate?.(values);
        if (invalid && (invalid.general || Object.keys(invalid.fields).length > 0)) {
          setErrors(invalid);
          return;
        }
        setErrors(noErrors);
        setBusy(true);
        try {
          await run(values);
        } catch (error) {
          setErrors(
            problemErrors(error, t, i18n, {
              ...options.problems,
              fields: [...Object.keys(values), ...(options.problems?.fields ?? [])],
            }),
          );
        } finally {
          setBusy(false);
        }
      },
    [busy, values, t, i18n],
  );

  return { values, setValues, errors, setErrors, busy, field, handleSubmit };
}
