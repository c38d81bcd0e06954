// Storybook for the web components (@storybook/web-components-vite). The components and their
// stories arrive with the components issue; stories live beside each component.
export default {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.@(ts|js)'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
