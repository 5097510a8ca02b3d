// The process entry point: hands argv and the real streams to run().
import { run } from "./run.ts";

process.exitCode = await run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), stderrIsTTY: process.stderr.isTTY === true });
