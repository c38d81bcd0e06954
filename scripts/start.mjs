// `npm start`: the main job. The demo portal on the embedded store arrives with the server
// (issue #5); until then this checks the example catalogue with the real CLI and says so.
import { spawnSync } from 'node:child_process';

console.log('motcua: cổng dịch vụ mẫu (demo portal) chưa có — sẽ có cùng máy chủ tham chiếu.');
console.log('motcua: the demo portal is not built yet; it arrives with the reference server.\n');
console.log('Kiểm tra danh mục thủ tục mẫu / Checking the example catalogue:\n');
const { status } = spawnSync('node', ['packages/cli/bin/motcua.js', 'validate', 'examples/procedures'], { stdio: 'inherit' });
process.exit(status ?? 1);
