// The demo portal's script: plain DOM, no inline code, no eval — it runs under the strict
// Content-Security-Policy the server sends. The web components (issue #4) will replace these lists.
const $ = (id) => document.getElementById(id);

function text(tag, content, attrs = {}) {
  const el = document.createElement(tag);
  el.textContent = content;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

async function getJson(url, headers = {}) {
  const response = await fetch(url, { headers });
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.error?.message?.vi ?? response.status} / ${body.error?.message?.en ?? ''}`);
  return body;
}

async function showCatalogue() {
  const list = $('catalogue');
  try {
    const { procedures } = await getJson('/api/procedures');
    list.replaceChildren(...procedures.map((p) => {
      const li = text('li', `${p.title.vi} `);
      li.append(text('span', `/ ${p.title.en}`, { lang: 'en' }), text('code', ` ${p.code} · ${p.version} · ${p.channels.join(', ')}`));
      return li;
    }));
  } catch (error) {
    list.replaceChildren(text('li', String(error.message)));
  }
}

async function showOfficers() {
  const list = $('officers');
  const { agency, users } = await getJson('/demo/users');
  list.replaceChildren(...users.map((user) => {
    const li = text('li', '');
    const button = text('button', `${user.title.vi} / ${user.title.en}`, { type: 'button' });
    button.addEventListener('click', async () => {
      try {
        const { dossiers } = await getJson('/api/inbox', { authorization: `Bearer ${user.token}` });
        $('inbox').textContent = `${user.title.vi} (${agency}): ${dossiers.length} hồ sơ cần xử lý / dossiers to handle\n`
          + dossiers.map((d) => `${d.code}  ${d.state}  hạn / due ${d.dueAt ?? '—'}`).join('\n');
      } catch (error) {
        $('inbox').textContent = String(error.message);
      }
    });
    li.append(button);
    return li;
  }));
}

$('status-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = $('code').value.trim();
  const token = $('token').value.trim();
  try {
    const d = await getJson(`/api/dossiers/${encodeURIComponent(code)}`, { authorization: `Bearer ${token}` });
    $('status').textContent = `${d.code}: ${d.state} (mã trạng thái / status ${d.status ?? '—'}), hạn trả / due ${d.dueAt ?? '—'}`;
  } catch (error) {
    $('status').textContent = String(error.message);
  }
});

void showCatalogue();
void showOfficers();
