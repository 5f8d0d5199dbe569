import { Fragment } from 'react';
import { Link } from 'react-router';
import { parsePageText, type Inline } from './page-text.ts';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) =>
        inline.kind === 'text' ? (
          <Fragment key={index}>{inline.text}</Fragment>
        ) : inline.href.startsWith('/') ? (
          <Link key={index} className="utrecht-link" to={inline.href}>
            {inline.text}
          </Link>
        ) : (
          <a key={index} className="utrecht-link" href={inline.href} rel="noopener noreferrer">
            {inline.text}
          </a>
        ),
      )}
    </>
  );
}

/** A footer page's text as elements (page-text.ts): what an administrator typed is never HTML. */
export function PageTextView({ body }: { body: string }) {
  return (
    <div className="ws-page-text">
      {parsePageText(body).map((block, index) => {
        if (block.kind === 'heading')
          return (
            <h2 key={index} className="utrecht-heading-2">
              <Inlines inlines={block.inlines} />
            </h2>
          );
        if (block.kind === 'list')
          return (
            <ul key={index} className="utrecht-unordered-list">
              {block.items.map((item, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  <Inlines inlines={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={index} className="utrecht-paragraph">
            <Inlines inlines={block.inlines} />
          </p>
        );
      })}
    </div>
  );
}
