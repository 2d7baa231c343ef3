import { jobs } from "./registry.js";

const [name, argument = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
const job = name ? jobs[name] : undefined;
if (!job) {
  console.error(`unknown job ${name ?? "(none)"}; known: ${Object.keys(jobs).join(", ")}`);
  process.exitCode = 2;
} else {
  const processed = await job(argument);
  console.info(`${name}: ${processed} records`);
}
