import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

// publiccode.yml against the publiccode.yml standard v0.4 (docs/standard/schema.core.rst of
// publiccodeyml/publiccode.yml at v0.4.0) and the rules of the official Go parser
// (italia/publiccode-parser-go, v0.go), which is not available here: every mandatory key, the
// enumerations, the length limits, and no key the parser does not know. What it cannot check
// offline: that the URLs answer, the SPDX expression beyond one licence id, the logo's size.
const ROOT = join(import.meta.dirname, '..');
const file = parse(readFileSync(join(ROOT, 'publiccode.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

const TOP_LEVEL = [
  'publiccodeYmlVersion',
  'name',
  'applicationSuite',
  'url',
  'landingURL',
  'isBasedOn',
  'softwareVersion',
  'releaseDate',
  'logo',
  'monochromeLogo',
  'organisation',
  'inputTypes',
  'outputTypes',
  'platforms',
  'categories',
  'usedBy',
  'fundedBy',
  'roadmap',
  'developmentStatus',
  'softwareType',
  'supports',
  'intendedAudience',
  'description',
  'legal',
  'maintenance',
  'localisation',
  'dependsOn',
  // The only country section the standard defines (deprecated).
  'IT',
  'it',
];
const CATEGORIES = [
  'accounting',
  'agile-project-management',
  'applicant-tracking',
  'application-development',
  'appointment-scheduling',
  'backup',
  'billing-and-invoicing',
  'blog',
  'budgeting',
  'business-intelligence',
  'business-process-management',
  'cad',
  'call-center-management',
  'cloud-management',
  'collaboration',
  'communications',
  'compliance-management',
  'contact-management',
  'content-management',
  'crm',
  'customer-service-and-support',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'design',
  'design-system',
  'digital-asset-management',
  'digital-citizenship',
  'document-management',
  'donor-management',
  'e-commerce',
  'e-signature',
  'educational-content',
  'email-management',
  'email-marketing',
  'employee-management',
  'enterprise-project-management',
  'enterprise-social-networking',
  'erp',
  'event-management',
  'facility-management',
  'feedback-and-reviews-management',
  'financial-reporting',
  'fleet-management',
  'fundraising',
  'gamification',
  'geographic-information-systems',
  'grant-management',
  'graphic-design',
  'help-desk',
  'hr',
  'ide',
  'identity-management',
  'instant-messaging',
  'integrated-library-system',
  'inventory-management',
  'it-asset-management',
  'it-development',
  'it-management',
  'it-security',
  'it-service-management',
  'knowledge-management',
  'learning-management-system',
  'marketing',
  'mind-mapping',
  'mobile-marketing',
  'mobile-payment',
  'network-management',
  'office',
  'online-booking',
  'online-community',
  'payment-gateway',
  'payroll',
  'predictive-analysis',
  'procurement',
  'productivity-suite',
  'project-collaboration',
  'project-management',
  'property-management',
  'real-estate-management',
  'regulations-and-directives',
  'remote-support',
  'resource-management',
  'sales-management',
  'seo',
  'service-desk',
  'social-media-management',
  'survey',
  'talent-management',
  'task-management',
  'taxes-management',
  'test-management',
  'time-management',
  'time-tracking',
  'translation',
  'video-conferencing',
  'video-editing',
  'visitor-management',
  'voip',
  'warehouse-management',
  'web-collaboration',
  'web-conferencing',
  'website-builder',
  'whistleblowing',
  'workflow-management',
];
const SCOPES = [
  'agriculture',
  'culture',
  'defence',
  'education',
  'emergency-services',
  'employment',
  'energy',
  'environment',
  'finance-and-economic-development',
  'foreign-affairs',
  'government',
  'healthcare',
  'infrastructures',
  'justice',
  'local-authorities',
  'manufacturing',
  'research',
  'science-and-technology',
  'security',
  'society',
  'sport',
  'tourism',
  'transportation',
  'welfare',
];
const DESCRIPTION_KEYS = [
  'localisedName',
  'genericName',
  'shortDescription',
  'longDescription',
  'documentation',
  'apiDocumentation',
  'features',
  'screenshots',
  'videos',
  'awards',
];
const httpUrl = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const language = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
const length = (text: string) => [...text].length;

test('only keys the standard defines, and the mandatory ones', () => {
  expect(Object.keys(file).filter((key) => !TOP_LEVEL.includes(key))).toEqual([]);
  for (const key of [
    'publiccodeYmlVersion',
    'name',
    'url',
    'platforms',
    'categories',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ])
    expect(file, key).toHaveProperty(key);
  expect(file.publiccodeYmlVersion).toBe('0.4');
  expect(String(file.name).trim()).not.toBe('');
  expect(String(file.url)).toMatch(httpUrl);
});

test('this release, its date and its logo', () => {
  expect(file.softwareVersion).toBe(pkg.version);
  expect(String(file.releaseDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Number.isNaN(Date.parse(String(file.releaseDate)))).toBe(false);
  expect(existsSync(join(ROOT, String(file.logo)))).toBe(true);
  expect(String(file.logo)).toMatch(/\.(svg|png)$/);
});

test('enumerations: platforms, categories, status, type, audience', () => {
  expect(file.platforms).toEqual(expect.arrayContaining(['web']));
  const categories = file.categories as string[];
  expect(categories.length).toBeGreaterThan(0);
  expect(categories.filter((c) => !CATEGORIES.includes(c))).toEqual([]);
  expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(file.developmentStatus);
  expect([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]).toContain(file.softwareType);
  const audience = file.intendedAudience as { countries: string[]; scope: string[] };
  expect(audience.countries).toEqual(['NL']);
  expect(audience.scope.filter((s) => !SCOPES.includes(s))).toEqual([]);
});

test('a description per language within the limits, Dutch and English', () => {
  const description = file.description as Record<string, Record<string, unknown>>;
  expect(Object.keys(description).sort()).toEqual(['en', 'nl']);
  for (const [lang, text] of Object.entries(description)) {
    expect(lang).toMatch(language);
    expect(
      Object.keys(text).filter((key) => !DESCRIPTION_KEYS.includes(key)),
      lang,
    ).toEqual([]);
    const short = String(text.shortDescription);
    expect(length(short), `${lang} shortDescription`).toBeLessThanOrEqual(150);
    expect(short).not.toContain('\n');
    const long = String(text.longDescription);
    expect(length(long), `${lang} longDescription`).toBeGreaterThanOrEqual(150);
    expect(length(long), `${lang} longDescription`).toBeLessThanOrEqual(10_000);
    expect((text.features as string[]).length).toBeGreaterThan(0);
    expect(String(text.documentation)).toMatch(httpUrl);
  }
});

test('licence, maintenance and localisation', () => {
  expect((file.legal as { license: string }).license).toBe(pkg.license);
  const maintenance = file.maintenance as { type: string; contacts?: Array<{ name: string; email?: string }> };
  expect(['internal', 'contract', 'community', 'none']).toContain(maintenance.type);
  if (maintenance.type === 'internal' || maintenance.type === 'community') {
    expect(maintenance.contacts?.length).toBeGreaterThan(0);
    for (const contact of maintenance.contacts ?? []) {
      expect(contact.name).toBeTruthy();
      if (contact.email) expect(contact.email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
    }
  }
  const localisation = file.localisation as { localisationReady: unknown; availableLanguages: string[] };
  expect(typeof localisation.localisationReady).toBe('boolean');
  expect(localisation.availableLanguages).toEqual(['nl', 'en']);
  for (const lang of localisation.availableLanguages) expect(lang).toMatch(language);
});
