// A check on a machine of two or three cores lowers the priority of Node's background threads
// (V8's pool of four, which compiles and collects garbage beside the check) below the thread that
// checks. Five busy threads on two cores took turns for them, and the check, which waits for none
// of that work, got less than a core while V8 compiled its code. With the pool behind it the
// 1M-字 reference file took 0.83 s instead of 0.89 s on a quiet 2-core machine (12 pairs) and 0.89
// instead of 1.06 s on a busy one (15 pairs); the pool still gets any core the check leaves idle.
// Only the threads that exist when the command starts are lowered (Node's own); the worker threads
// of a scan and libuv's pool come later and keep the check's priority. Linux only (a thread is
// named by its id in /proc/self/task, and setpriority on it acts on that thread alone);
// GONGWEN_NICE=0 leaves every thread as it is.
'use strict';
const fs = require('node:fs');
const os = require('node:os');

/** The niceness given to the background threads: well behind the check, not starved. */
const BACKGROUND_NICE = 10;

/** Whether this run lowers its background threads: a `check`, on MAX_CORES cores or fewer, on Linux. */
function wantsBackgroundBehind(command, { cores, maxCores, env, platform }) {
  return command === 'check' && cores <= maxCores && platform === 'linux' && env.GONGWEN_NICE !== '0';
}

/** Lowers every thread of this process but the calling (main) one; returns how many it lowered. */
function backgroundBehind(nice = BACKGROUND_NICE) {
  let tasks;
  try {
    tasks = fs.readdirSync('/proc/self/task');
  } catch {
    return 0;
  }
  let lowered = 0;
  for (const t of tasks) {
    const tid = Number(t);
    if (!Number.isInteger(tid) || tid === process.pid) continue;
    try {
      // Never raised: a thread already further behind (the whole command run under nice) stays so.
      if (os.getPriority(tid) >= nice) continue;
      os.setPriority(tid, nice);
      lowered++;
    } catch {
      // A thread that ended meanwhile, or a system that refuses: it keeps its priority.
    }
  }
  return lowered;
}

module.exports = { wantsBackgroundBehind, backgroundBehind, BACKGROUND_NICE };
