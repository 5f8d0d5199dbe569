import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import type { i18n as I18n, TFunction } from 'i18next';
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

/** A failed upload in the reader's language: a problem with the file beside the file field, the rest as usual. */
export function pictureUploadErrors(error: unknown, id: string, t: TFunction, i18n: I18n): FormErrors {
  const fileId = `${id}-file`;
  const altId = `${id}-alt`;
  if (error instanceof ApiProblem && FILE_PROBLEMS.includes(error.code))
    return {
      fields: { [fileId]: t(`pictures.problems.${error.code}` as 'pictures.problems.not-an-image') },
      general: null,
    };
  return problemErrors(error, t, i18n, {
    fields: [fileId, altId],
    rename: { altText: altId, file: fileId },
    messages: {
      forbidden: t('pictures.problems.forbidden'),
      'too-many-pictures': t('pictures.problems.too-many-pictures'),
    },
  });
}

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
  const [altText, setAltText] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const labels = { [fileId]: t('pictures.upload.file'), [altId]: t('pictures.upload.altText') };

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
      setErrors(pictureUploadErrors(error, id, t, i18n));
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
      <PictureFields
        id={id}
        inputRef={input}
        altText={altText}
        onAltText={setAltText}
        onFile={(chosen) => {
          setDone(false);
          setFile(chosen);
        }}
        file={file}
        errors={{ file: errors.fields[fileId], altText: errors.fields[altId] }}
      />
      <Button type="submit" busy={busy} busyLabel={t('pictures.upload.busy')}>
        {t('pictures.upload.submit')}
      </Button>
    </form>
  );
}

/** What an image-picking form's fields need: the file with a preview and its alt text (both required unless `optional`). */
export function PictureFields({
  id,
  file,
  onFile,
  altText,
  onAltText,
  errors,
  optional = false,
  inputRef,
}: {
  id: string;
  file: File | null;
  onFile: (file: File | null) => void;
  altText: string;
  onAltText: (altText: string) => void;
  errors: { file?: string | undefined; altText?: string | undefined };
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<string | null>(null);
  // A data: URL, not a blob: one — the Content Security Policy allows images from 'self' and data: only.
  useEffect(() => {
    setPreview(null);
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => setPreview(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  return (
    <>
      <FieldShell
        id={`${id}-file`}
        label={t('pictures.upload.file')}
        description={t('pictures.upload.fileHint')}
        error={errors.file}
        optional={optional}
      >
        {(describedBy) => (
          <input
            ref={inputRef}
            id={`${id}-file`}
            name={`${id}-file`}
            type="file"
            accept={ACCEPT}
            required={!optional}
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={describedBy}
            className="ws-file-input"
            onChange={(event) => onFile(event.target.files?.[0] ?? null)}
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
        id={`${id}-alt`}
        label={t('pictures.upload.altText')}
        description={t('pictures.upload.altHint')}
        error={errors.altText}
        optional={optional && !file}
      >
        {(describedBy) => (
          <textarea
            id={`${id}-alt`}
            name={`${id}-alt`}
            rows={2}
            value={altText}
            maxLength={ALT_TEXT_MAX}
            onChange={(event) => onAltText(event.target.value)}
            required={!optional || file !== null}
            aria-invalid={errors.altText ? true : undefined}
            aria-describedby={describedBy}
            className={`utrecht-textarea utrecht-textarea--html-textarea${errors.altText ? ' utrecht-textarea--invalid' : ''}`}
          />
        )}
      </FieldShell>
    </>
  );
}
