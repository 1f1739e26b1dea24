import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
// `LUBAN_API_TARGET=http://localhost:8095 npx vite` points the dev server at another running instance.
const apiTarget = process.env.LUBAN_API_TARGET ?? 'http://localhost:8080';

/** Vendor groups: big libraries that change rarely get their own cacheable chunks. */
const vendorChunks: ReadonlyArray<{ name: string; test: RegExp; priority: number }> = [
  { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 40 },
  { name: 'icons', test: /[\\/]node_modules[\\/]@ant-design[\\/]icons/, priority: 35 },
  {
    name: 'antd',
    test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|dayjs|@babel[\\/]runtime)[\\/]/,
    priority: 30,
  },
  {
    name: 'react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 20,
  },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunks.map((group) => ({ ...group })) },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
      '/readyz': apiTarget,
      '/xapi': apiTarget,
      '/open-data': apiTarget,
    },
  },
});
