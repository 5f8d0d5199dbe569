import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALT_TEXT_MAX, type Picture } from '../../contracts/pictures.ts';
import { Button } from './button.tsx';
import { ConfirmButton } from './confirm.tsx';
import { problemErrors } from './form-errors.ts';
import { FieldShell } from './text-field.tsx';
import './pictures.css';

/** How wide a picture is shown: the whole column on a phone, at most about 36rem beside text. */
const SIZES = '(max-width: 40rem) 100vw, 36rem';

const srcset = (files: Picture['files']['webp']) => files.map((f) => `${f.url} ${f.width}w`).join(', ');

/**
 * Pictures with their alt text, as WebP with a JPEG fallback in the widths the server made
 * (`srcset`), loaded only when scrolled near (`loading="lazy"`). Width and height are given, so
 * the page does not jump while they load. Who may change them gets "change description" and
 * "remove" (after a confirmation).
 */
export function PictureGallery({
  pictures,
  onChangeAltText,
  onRemove,
}: {
  pictures: readonly Picture[];
  onChangeAltText?: (picture: Picture, altText: string) => Promise<void>;
  onRemove?: (picture: Picture) => Promise<void>;
}) {
  if (pictures.length === 0) return null;
  return (
    <ul className="ws-pictures">
      {pictures.map((picture) => (
        <li key={picture.id} className="ws-pictures__item">
          <picture>
            <source type="image/webp" srcSet={srcset(picture.files.webp)} sizes={SIZES} />
            <img
              src={picture.files.jpeg[0]?.url}
              srcSet={srcset(picture.files.jpeg)}
              sizes={SIZES}
              alt={picture.altText}
              width={picture.width}
              height={picture.height}
              loading="lazy"
              decoding="async"
            />
          </picture>
          {picture.mayChange && (onChangeAltText || onRemove) && (
            <PictureActions picture={picture} onChangeAltText={onChangeAltText} onRemove={onRemove} />
          )}
        </li>
      ))}
    </ul>
  );
}

function PictureActions({
  picture,
  onChangeAltText,
  onRemove,
}: {
  picture: Picture;
  onChangeAltText?: ((picture: Picture, altText: string) => Promise<void>) | undefined;
  onRemove?: ((picture: Picture) => Promise<void>) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [altText, setAltText] = useState(picture.altText);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldId = `picture-${picture.id}-alt`;

  async function save() {
    if (!onChangeAltText) return;
    if (altText.trim().length < 3) return setError(t('pictures.upload.describe'));
    setBusy(true);
    try {
      await onChangeAltText(picture, altText.trim());
      setEditing(false);
      setError(undefined);
    } catch (problem) {
      const errors = problemErrors(problem, t, i18n, { fields: ['altText'] });
      setError(errors.fields.altText ?? errors.general ?? t('problem.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ws-pictures__actions">
      {editing ? (
        <div className="ws-form">
          <FieldShell id={fieldId} label={t('pictures.upload.altText')} error={error}>
            {(describedBy) => (
              <textarea
                id={fieldId}
                rows={2}
                value={altText}
                maxLength={ALT_TEXT_MAX}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setAltText(event.target.value)}
                className="utrecht-textarea utrecht-textarea--html-textarea"
              />
            )}
          </FieldShell>
          <div className="utrecht-button-group ws-button-row">
            <Button busy={busy} busyLabel={t('common.saving')} onClick={() => void save()}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="utrecht-button-group ws-button-row">
          {onChangeAltText && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('pictures.gallery.changeAltText')}
              <span className="ws-visually-hidden">: {picture.altText}</span>
            </Button>
          )}
          {onRemove && (
            <ConfirmButton
              label={
                <>
                  {t('pictures.gallery.remove')}
                  <span className="ws-visually-hidden">: {picture.altText}</span>
                </>
              }
              title={t('pictures.gallery.removeTitle')}
              confirmLabel={t('pictures.gallery.removeYes')}
              headingLevel={4}
              onConfirm={() => onRemove(picture)}
            >
              <p className="utrecht-paragraph">{t('pictures.gallery.removeText')}</p>
            </ConfirmButton>
          )}
        </div>
      )}
    </div>
  );
}
