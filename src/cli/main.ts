// The process entry point: hands argv and the real streams to run().
import { run } from "./run.ts";

// A reader that stops early (`actorgraph export --out - | head`) closes the pipe: that ends the output, not in error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), stderrIsTTY: process.stderr.isTTY === true });
