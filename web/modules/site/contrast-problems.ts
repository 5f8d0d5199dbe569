import type { TFunction } from 'i18next';
import { ApiProblem } from '../../app/api-client.ts';
import { formatNumber } from '../../lib/format.ts';

/** One colour pair the server refused (422 `contrast-too-low`), by field or token, with its ratio. */
export interface ContrastProblem {
  name: string;
  ratio: number | null;
}

export function contrastProblems(error: unknown): ContrastProblem[] | null {
  if (!(error instanceof ApiProblem) || error.code !== 'contrast-too-low') return null;
  return error.invalidParams.map((param) => {
    const ratio = /^Contrast (\d+(?:\.\d+)?):1/.exec(param.reason)?.[1];
    return { name: param.name.replace(/^body\./, ''), ratio: ratio === undefined ? null : Number(ratio) };
  });
}

/** "Te weinig contrast: 3,2 : 1. Dat moet minstens 4,5 : 1 zijn." in the reader's language. */
export function contrastText(problem: ContrastProblem, t: TFunction, language: string): string {
  const minimum = formatNumber(4.5, language, 1);
  return problem.ratio === null
    ? t('site.contrast.tooLowNoRatio', { minimum })
    : t('site.contrast.tooLow', { ratio: formatNumber(problem.ratio, language, 2), minimum });
}
