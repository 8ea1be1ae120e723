// Starts what the browser tests need: the site built and served by the preview server.
// Later issues add the Gemini stub here, so the browser never reaches Google.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '8899';

function runToEnd(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

if (!process.env.E2E_SKIP_BUILD) await runToEnd('npm', ['run', 'build']);
const server = spawn(process.execPath, ['scripts/preview-server.mjs'], { stdio: 'inherit', env: { ...process.env, PORT: port } });
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
