// Preloaded (`node -r`) into every process the fault harness starts: the process exits when the
// test process that started it is gone (killed, crashed), so no subgraph outlives its test run.
// Stopped processes (SIGSTOP) do not run this timer, which is fine: they exit once continued.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 500).unref();
