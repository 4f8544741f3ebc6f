/// <reference lib="webworker" />
import { expose } from 'comlink';
import { workerApi } from './workerApi';

expose(workerApi);
