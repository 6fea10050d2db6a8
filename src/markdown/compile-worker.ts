/**
 * A worker thread of the statements loader: compiles its share of the
 * statements with its own copy of the glossary and writes each to the compile
 * cache, answering with the summaries (or the problems). Statements compile
 * independently, so a corpus compiles on every core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileBatch, type CompileJob } from './compile-batch.ts';

const job = workerData as CompileJob;
parentPort!.postMessage(compileBatch(job));
