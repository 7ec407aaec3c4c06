// Runs `astro dev` in this process for the benchmark's editor loop (tests/bench/dev-server.ts):
//   node tests/bench/astro-dev.ts <project root> <cache dir> <port>
// CONTENT_DIR comes from the environment, as for `npm run dev`. The server listens on 127.0.0.1
// only, on exactly the port given (a taken port stops it rather than moving it elsewhere), and
// runs until it is killed.
import { dev } from 'astro';

const [root, cacheDir, port] = process.argv.slice(2);

await dev({
	root,
	cacheDir,
	server: { host: '127.0.0.1', port: Number(port) },
	vite: { server: { strictPort: true } },
});
