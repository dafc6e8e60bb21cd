// Loads the widget from source for the dev server (`npm start`, root demo/).
// A relative import in a module is resolved on disk from this file, so it
// reaches ../src; the same path in index.html's <script src> would be read
// as a URL under the demo/ root (/src/...) and 404. Kept out of index.html
// so the page has no inline script and can run under a strict CSP.
import '../src/collab-checklist.ts';
import locales from '../xliff/locales.json';
import config from '../lit-localize.json';

// The language menu lists every language the build has, with how far its
// translation has been reviewed, and sets `lang` on the widget, as a
// bilingual site's language toggle would. ?lang=cy opens in Welsh.
const REVIEW = {
  source: 'source text',
  reviewed: 'reviewed',
  'needs-native-review': 'draft translation, not yet reviewed by a native speaker',
  draft: 'draft translation',
  generated: 'generated for testing',
};

const checklist = document.querySelector('collab-checklist');
const menu = document.getElementById('checklist-language');
const reviewNote = document.getElementById('language-review');
const languages = [config.sourceLocale, ...config.targetLocales];

for (const lang of languages) {
  const about = locales[lang] ?? { name: lang, englishName: lang, review: { status: 'draft' } };
  const label = about.name === about.englishName ? about.name : `${about.name} (${about.englishName})`;
  menu.add(new Option(label, lang));
}

function show(lang) {
  const chosen = languages.includes(lang) ? lang : config.sourceLocale;
  menu.value = chosen;
  checklist.setAttribute('lang', chosen);
  const status = locales[chosen]?.review.status ?? 'draft';
  reviewNote.textContent = `Translation status: ${REVIEW[status] ?? status}.`;
}

menu.addEventListener('change', () => {
  show(menu.value);
  const url = new URL(window.location.href);
  url.searchParams.set('lang', menu.value);
  window.history.replaceState(null, '', url);
});

show(new URLSearchParams(window.location.search).get('lang') ?? config.sourceLocale);

// Host themes: the page sets --collab-* custom properties (see demo.css).
const themeMenu = document.getElementById('checklist-theme');
themeMenu.addEventListener('change', () => {
  document.getElementById('tool').dataset.theme = themeMenu.value;
});
