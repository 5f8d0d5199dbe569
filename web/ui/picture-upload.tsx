import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALT_TEXT_MAX } from '../../contracts/pictures.ts';
import { ApiProblem } from '../app/api-client.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { hasErrors, noErrors, problemErrors, type FormErrors } from './form-errors.ts';
import { FieldShell } from './text-field.tsx';
import './pictures.css';

/** What the file input offers; the server decides by the file's content, not by this list. */
const ACCEPT = 'image/jpeg,image/png,image/webp';
/** Problems about the file itself, each with its own sentence (`pictures.problems.<code>`). */
const FILE_PROBLEMS = ['not-an-image', 'unreadable', 'too-many-pixels', 'too-large', 'too-many-parts'];

/**
 * Adding a picture: a file field with a preview, and the alt text, which is required (WCAG 1.1.1):
 * what the picture shows, for people who cannot see it. `id` makes the fields' ids unique when a
 * page has several of these forms. Problems (no picture, not an image, too large) appear beside the
 * field they are about and in a summary that takes focus.
 */
export function PictureUpload({
  id,
  onUpload,
}: {
  id: string;
  onUpload: (input: { file: File; altText: string }) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const fileId = `${id}-file`;
  const altId = `${id}-alt`;
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [altText, setAltText] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const labels = { [fileId]: t('pictures.upload.file'), [altId]: t('pictures.upload.altText') };

  // A data: URL, not a blob: one — the Content Security Policy allows images from 'self' and data: only.
  useEffect(() => {
    setPreview(null);
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => setPreview(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);

  function validate(): FormErrors {
    const fields: Record<string, string> = {};
    if (!file) fields[fileId] = t('pictures.upload.chooseFile');
    if (altText.trim().length < 3) fields[altId] = t('pictures.upload.describe');
    else if (altText.trim().length > ALT_TEXT_MAX) fields[altId] = t('pictures.upload.tooLong', { max: ALT_TEXT_MAX });
    return { fields, general: null };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const invalid = validate();
    if (hasErrors(invalid) || !file) return setErrors(invalid);
    setErrors(noErrors);
    setBusy(true);
    try {
      await onUpload({ file, altText: altText.trim() });
      setFile(null);
      setAltText('');
      if (input.current) input.current.value = '';
      setDone(true);
    } catch (error) {
      if (error instanceof ApiProblem && FILE_PROBLEMS.includes(error.code))
        setErrors({
          fields: { [fileId]: t(`pictures.problems.${error.code}` as 'pictures.problems.not-an-image') },
          general: null,
        });
      else
        setErrors(
          problemErrors(error, t, i18n, {
            fields: [fileId, altId],
            rename: { altText: altId, file: fileId },
            messages: {
              forbidden: t('pictures.problems.forbidden'),
              'too-many-pictures': t('pictures.problems.too-many-pictures'),
            },
          }),
        );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ws-form ws-picture-upload" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} labels={labels} />
      {done && (
        <Alert type="ok" live>
          {t('pictures.upload.done')}
        </Alert>
      )}
      <FieldShell
        id={fileId}
        label={labels[fileId]!}
        description={t('pictures.upload.fileHint')}
        error={errors.fields[fileId]}
      >
        {(describedBy) => (
          <input
            ref={input}
            id={fileId}
            name={fileId}
            type="file"
            accept={ACCEPT}
            required
            aria-invalid={errors.fields[fileId] ? true : undefined}
            aria-describedby={describedBy}
            className="ws-file-input"
            onChange={(event) => {
              setDone(false);
              setFile(event.target.files?.[0] ?? null);
            }}
          />
        )}
      </FieldShell>
      {preview && (
        <figure className="ws-picture-preview">
          <img src={preview} alt={altText.trim()} />
          <figcaption className="utrecht-paragraph ws-card__meta">{t('pictures.upload.preview')}</figcaption>
        </figure>
      )}
      <FieldShell
        id={altId}
        label={labels[altId]!}
        description={t('pictures.upload.altHint')}
        error={errors.fields[altId]}
      >
        {(describedBy) => (
          <textarea
            id={altId}
            name={altId}
            rows={2}
            value={altText}
            maxLength={ALT_TEXT_MAX}
            onChange={(event) => setAltText(event.target.value)}
            required
            aria-invalid={errors.fields[altId] ? true : undefined}
            aria-describedby={describedBy}
            className={`utrecht-textarea utrecht-textarea--html-textarea${errors.fields[altId] ? ' utrecht-textarea--invalid' : ''}`}
          />
        )}
      </FieldShell>
      <Button type="submit" busy={busy} busyLabel={t('pictures.upload.busy')}>
        {t('pictures.upload.submit')}
      </Button>
    </form>
  );
}
