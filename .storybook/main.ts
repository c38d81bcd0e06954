// Storybook for the web components (@storybook/web-components-vite on the repository's Vite 8).
// Stories live beside each component (`packages/elements/src/**/*.stories.ts`, CSF3 without any
// `@storybook/*` import). `npm run storybook` serves it on 127.0.0.1:6006; `npm run build-storybook`
// writes `storybook-static/`; test/storybook/stories-axe.browser-page.test.ts runs axe on every story.
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Channel } from 'storybook/internal/channels';
import { REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA } from 'storybook/internal/core-events';

const src = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

// The dev manager asks the server for Storybook's "what's new" post on every load, and the server then
// fetches https://storybook.js.org/whats-new/v1 even with `disableWhatsNewNotifications` (10.6.7): answer
// "unavailable" locally instead, so `npm run storybook` makes no network request at all.
const experimental_serverChannel = async (channel: Channel): Promise<Channel> => {
  channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
  channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, { data: { status: 'ERROR' } }));
  return channel;
};

const config: StorybookConfig & { experimental_serverChannel: typeof experimental_serverChannel } = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.@(ts|js)'],
  // No network: no telemetry, no "what's new" feed, no crash reports (stack.md G10).
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // Stories run against the TypeScript sources of the workspace packages, as the tests do
  // (vitest.config.ts). Legacy decorators: Vite's oxc transform reads `experimentalDecorators` and
  // `useDefineForClassFields: false` from the nearest tsconfig (tsconfig.base.json, stack.md G4).
  viteFinal: async (vite) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(vite, {
      resolve: {
        alias: [
          { find: /^@motcua\/(core|cli|elements|server)$/, replacement: src('$1/src/index.ts') },
          { find: /^@motcua\/core\/(diagram|scenario|verify)$/, replacement: src('core/src/$1/index.ts') },
        ],
      },
    });
  },
  experimental_serverChannel,
};

export default config;
