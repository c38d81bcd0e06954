// The demo portal's own script: it only wires the motcua web components (loaded from
// /elements/motcua-elements.js) to this server — the demo logins, the citizen's demo identity, the page's
// language. Plain DOM, no inline code, no eval: it runs under the strict Content-Security-Policy the server sends.
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

async function getJson(url, init = {}) {
  const response = await fetch(url, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${body.error?.message?.vi ?? response.status} / ${body.error?.message?.en ?? ''}`);
  return body;
}

/** The page language, remembered across pages; the components follow the nearest `lang`. */
function setUpLanguage() {
  const apply = (lang) => {
    document.documentElement.lang = lang;
    for (const button of document.querySelectorAll('[data-lang-switch]')) {
      button.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
      button.lang = lang === 'vi' ? 'en' : 'vi';
    }
    // The components read `lang` when they render: ask each one to render again.
    for (const element of document.querySelectorAll('*')) if (element.localName.startsWith('motcua-')) element.requestUpdate?.();
  };
  apply(localStorage.getItem('motcua-demo-lang') === 'en' ? 'en' : 'vi');
  for (const button of document.querySelectorAll('[data-lang-switch]')) {
    button.addEventListener('click', () => {
      const lang = document.documentElement.lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem('motcua-demo-lang', lang);
      apply(lang);
    });
  }
}

/** The catalogue page: a status lookup straight from a link (`?code=…&token=…`). */
function setUpHome() {
  const status = $('status');
  if (params.get('code') && params.get('token')) Object.assign(status, { code: params.get('code'), token: params.get('token') });
}

/** The form page: the procedure from `?procedure=`, the demo's receiving agency and citizen, then tracking. */
async function setUpForm() {
  const form = $('form');
  const { agency, citizens } = await getJson('/demo/users');
  form.agency = agency;
  // The demo's stand-in for a VNeID sign-in: the first invented citizen of the fixture registry.
  const signIn = await getJson('/api/demo/citizen-token', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ citizenId: citizens[0].citizenId }),
  }).catch(() => null);
  if (signIn) {
    const { token, citizen } = signIn;
    $('citizen-note').textContent = `Đã đăng nhập (mẫu) / Signed in (demo): ${citizen.fullName} — ${citizen.citizenId}`;
    form.applicant = { citizenId: citizen.citizenId };
    form.citizenToken = token;
    form.prefillProvider = async ({ procedure, field, subjectValue }) => {
      const { values } = await getJson('/api/prefill', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        // For the applicant the server knows who is signed in; other subjects are named by their ID number.
        body: JSON.stringify({ procedure, field, ...(typeof subjectValue === 'string' ? { subjectValue } : {}) }),
      });
      return values?.[field];
    };
  }
  form.src = `/api/procedures/${encodeURIComponent(params.get('procedure') ?? '')}`;
  form.addEventListener('motcua-submitted', (event) => {
    $('track').hidden = false;
    Object.assign($('status'), { code: event.detail.code, token: event.detail.accessToken });
  });
}

/** The officer page: one demo login per role; signing in shows that role's workbench and statistics. */
async function setUpOfficers() {
  const { agency, users } = await getJson('/demo/users');
  $('officers').replaceChildren(...users.map((user) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'login';
    button.textContent = `${user.title.vi} / ${user.title.en}`;
    button.addEventListener('click', () => {
      $('signed-in').hidden = false;
      $('who').textContent = `Đang đăng nhập / Signed in: ${user.title.vi} — ${agency}`;
      $('workbench').token = user.token;
      $('statistics').token = user.token;
    });
    item.append(button);
    return item;
  }));
}

setUpLanguage();
if ($('form')) void setUpForm();
else if ($('officers')) void setUpOfficers();
else setUpHome();
