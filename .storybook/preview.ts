// Every story renders inside `<div lang="…">`: the components read their language from the nearest
// `lang` attribute. The "Language" toolbar switches it; stories that set their own `lang` keep it.
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ / Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi' },
  decorators: [
    (story, context) => {
      const lang = context.globals['lang'] === 'en' ? 'en' : 'vi';
      document.documentElement.lang = lang;
      return html`<div class="motcua-story" lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: { layout: 'padded' },
};
export default preview;
