import { describe, expect, test } from 'vitest';
import { pageLanguage } from '@/lib/analysis/page-language';

// Short policy-like passages written for this test, one per language.
const DE =
  'Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. Diese Datenschutzerklärung informiert Sie über Art, Umfang und Zweck der Verarbeitung. Sie haben jederzeit das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten. Wir geben Ihre Daten nicht an Dritte weiter, es sei denn, Sie haben eingewilligt.';
const FR =
  "Nous traitons vos données personnelles conformément au règlement général sur la protection des données. Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données. Nous ne vendons pas vos données à des tiers et nous les conservons pendant la durée nécessaire.";
const ES =
  'Tratamos sus datos personales de acuerdo con el reglamento general de protección de datos. Usted tiene derecho a acceder, rectificar y suprimir sus datos. No vendemos sus datos a terceros y los conservamos durante el tiempo necesario para prestar el servicio.';
const EN =
  'We collect your name and email address when you create an account. We share personal information with service providers who help us run the service, and we do not sell your data. You can ask us to delete your account at any time.';

describe('pageLanguage', () => {
  test.each<[string, string, string | undefined, string | null]>([
    ['English', EN, 'en', null],
    ['English without a lang attribute', EN, undefined, null],
    ['English under a wrong lang="de"', EN, 'de', null],
    ['German', DE, 'de', 'German'],
    ['German under a template lang="en"', DE, 'en', 'German'],
    ['French', FR, 'fr-FR', 'French'],
    ['Spanish', ES, undefined, 'Spanish'],
    ['a German page with an English sentence in it', `${DE} ${DE} Cookie settings.`, 'de', 'German'],
    ['an English policy after a 40 kB run of letters (a hostile paragraph title)', `A${'b'.repeat(40_000)}. ${EN}`, 'en', null],
    ['a German policy after a 40 kB run of letters', `A${'b'.repeat(40_000)}. ${DE}`, 'de', 'German'],
    ['a page of a few words only', 'Datenschutz Impressum Kontakt', 'de', null],
  ])('%s', (_name, text, lang, want) => {
    const result = pageLanguage(text, lang);
    expect(result.english ? null : result.name).toBe(want);
  });

  test('an empty text counts as English (nothing to refuse)', () => {
    expect(pageLanguage('', 'de')).toEqual({ english: true });
  });
});
