import fc from 'fast-check';

// Every property is bounded twice: by its numRuns, and by time. On a loaded
// 2-core machine a property stops after this long with the runs it has done
// (each one still checked) rather than timing out the test; on an idle one
// the limit is never reached.
fc.configureGlobal({ interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false });
