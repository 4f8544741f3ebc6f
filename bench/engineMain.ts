import { runEngineBench } from './engineBench';

runEngineBench();
