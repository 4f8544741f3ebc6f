/**
 * Every constant the engine uses, for the Model notes view (DESIGN §6): each is AWS-documented
 * (with its page), a third-party figure, or an *assumption* (with why), so nobody mistakes an
 * illustration for a promise. Modules that add behaviour add their constants here.
 */
import type { Scenario, SourceType } from '../scenario/types';
import type { ModelConstant } from './resultTypes';
import { RPS_PER_CONCURRENCY } from './lambda/accountConcurrency';
import {
  PRICE_PER_GB_SECOND_ARM,
  PRICE_PER_GB_SECOND_X86,
  PRICE_PER_REQUEST,
  PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86,
  PRICE_PROVISIONED_PER_GB_SECOND_X86,
} from './lambda/pricing';
import {
  AUTOSCALING_PERIOD_SECONDS,
  AUTOSCALING_SCALE_IN_FRACTION,
  AUTOSCALING_SCALE_IN_PERIODS,
  AUTOSCALING_SCALE_OUT_PERIODS,
  PROVISIONED_ALLOCATION_PER_SECOND,
  PROVISIONED_PREPARATION_SECONDS,
} from './lambda/provisionedConcurrency';
import { RUNTIME_INIT_MEDIAN_SECONDS, RUNTIME_INIT_P99_FACTOR } from './lambda/runtimeInit';
import {
  CURRENT_SCALING_CAPACITY,
  CURRENT_SCALING_REFILL_PER_SECOND,
  LEGACY_SCALING_REFILL_PER_MINUTE,
} from './lambda/scalingBucket';
import { MAX_BUCKETS } from './metrics/timeSeries';
import { MAX_DEAD_LETTER_RECORDS } from './metrics/deadLetterLog';
import { MAX_SPANS, MAX_TRACKED_ENVIRONMENTS } from './metrics/spanRecorder';
import {
  ASYNC_FIRST_RETRY_DELAY_SECONDS,
  ASYNC_SECOND_RETRY_DELAY_SECONDS,
  ASYNC_THROTTLE_BACKOFF_FACTOR,
  ASYNC_THROTTLE_BACKOFF_INITIAL_SECONDS,
  ASYNC_THROTTLE_BACKOFF_MAX_SECONDS,
} from './sources/asyncRetryPolicy';
import { QUEUE_GROWING_MIN_EVENTS, QUEUE_GROWING_SAMPLES } from './sources/asyncQueue';
import { DUPLICATE_DELIVERY_DELAY_SECONDS } from './sources/asyncSource';
import { DESTINATION_DELIVERY_FAILURE_RATE } from './sources/destinations';
import { MAX_BATCH_PAYLOAD_BYTES, STREAM_RETRY_DELAY_SECONDS } from './sources/streamBatch';
import { MAX_SHARD_SERIES, PRELOAD_HISTORY_SECONDS } from './sources/streamSource';
import {
  SQS_INITIAL_POLLERS,
  SQS_MAX_POLLERS,
  SQS_POLLER_SCALE_DOWN_PER_MINUTE,
  SQS_POLLER_SCALE_UP_PER_MINUTE,
  SQS_SCALING_PERIOD_SECONDS,
  SQS_THROTTLE_RETRY_BASE_SECONDS,
  SQS_THROTTLE_RETRY_MAX_SECONDS,
} from './sources/sqsPollers';

const CONCURRENCY_PAGE = 'docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html';
const SCALING_PAGE = 'docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html';
const PRICING_PAGE = 'docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html';
const STREAM_ERRORS_PAGE = 'docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html';

type When = (s: Scenario) => boolean;
const always: When = () => true;
const hasSource = (...types: SourceType[]): When => (s) => s.sources.some((x) => types.includes(x.type));

interface Entry {
  when: When;
  constant: ModelConstant;
}

const c = (name: string, value: string, kind: ModelConstant['kind'], source: string, note: string, when: When = always): Entry => ({
  when,
  constant: { name, value, kind, source, note },
});

const ENTRIES: Entry[] = [
  c('Unreserved concurrency kept by AWS', '100', 'aws', CONCURRENCY_PAGE, 'Σ reserved ≤ account limit − 100.'),
  c('Requests-per-second limit', `${RPS_PER_CONCURRENCY} × account concurrency`, 'aws', CONCURRENCY_PAGE, 'Applied to synchronous invocations.'),
  c('RPS window', 'whole seconds', 'assumption', '—', 'AWS does not say how the RPS limit is windowed; counted per calendar second of the run.'),
  c('Scaling rate (current)', `${CURRENT_SCALING_CAPACITY} environments / 10 s per function, refilled ${CURRENT_SCALING_REFILL_PER_SECOND}/s`, 'aws', SCALING_PAGE, 'Token bucket of capacity 1,000; unused capacity does not accrue.', (s) => s.account.scaling.model === 'current'),
  c('Scaling rate (legacy)', `burst limit, then +${LEGACY_SCALING_REFILL_PER_MINUTE} environments each whole minute, account-wide`, 'aws', 'docs.aws.amazon.com/lambda/latest/operatorguide/on-demand-scaling.html', 'Before Nov 2023. The once-a-minute step reproduces AWS\'s worked examples.', (s) => s.account.scaling.model === 'legacy'),
  c('Placement on warm environments', 'newest idle environment first (configurable)', 'assumption', 'SimFaaS (Mahmoudi & Khazaei, 2021)', 'AWS does not document which warm environment serves a request.'),
  c('Idle environment lifetime', 'per function; default 600 s', 'assumption', 'mikhail.io (2019): exactly 10 min; other measurements 5–60 min', 'AWS documents no number; retention is "non-deterministic".'),
  c('Runtime init (hello world)', Object.entries(RUNTIME_INIT_MEDIAN_SECONDS).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${Math.round(v * 1000)} ms`).join(', '), 'thirdParty', 'maxday/lambda-perf, Dec 2025', 'Median Init Duration of a hello-world function; the function\'s own init is added.'),
  c('Runtime init spread', `p99 = ${RUNTIME_INIT_P99_FACTOR} × median`, 'assumption', 'maxday/lambda-perf shows tails up to 2×', 'Lognormal shape.'),
  c('Error timing', 'an error returns after the drawn duration', 'assumption', '—', 'A failing invocation takes as long as a successful one.'),
  c('Provisioned preparation', `${PROVISIONED_PREPARATION_SECONDS} s`, 'aws', CONCURRENCY_PAGE, '"after a minute or two of preparation"; the lower bound is used.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned allocation rate', `${PROVISIONED_ALLOCATION_PER_SECOND * 60} environments / minute`, 'aws', CONCURRENCY_PAGE, 'None of a requested amount serves until all of it is allocated.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned at start', 'already allocated at t = 0', 'assumption', '—', 'Provisioned concurrency in the scenario was configured before the run.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Provisioned target tracking', `every ${AUTOSCALING_PERIOD_SECONDS} s; out after ${AUTOSCALING_SCALE_OUT_PERIODS} periods above target, in after ${AUTOSCALING_SCALE_IN_PERIODS} below ${AUTOSCALING_SCALE_IN_FRACTION} × target`, 'assumption', 'Application Auto Scaling target-tracking alarms', 'AWS\'s Lambda pages give no alarm periods.', (s) => s.functions.some((f) => f.provisionedConcurrency?.autoscaling)),
  c('Request price', `$${(PRICE_PER_REQUEST * 1e6).toFixed(2)} per million`, 'aws', PRICING_PAGE, 'us-east-1; free tier not applied.'),
  c('Duration price', `$${PRICE_PER_GB_SECOND_X86} per GB-s (x86_64), $${PRICE_PER_GB_SECOND_ARM} (arm64)`, 'aws', PRICING_PAGE, 'Billed per ms, rounded up. INIT billed for on-demand since 1 Aug 2025.'),
  c('Provisioned price', `$${PRICE_PROVISIONED_PER_GB_SECOND_X86} per GB-s allocated + $${PRICE_PROVISIONED_DURATION_PER_GB_SECOND_X86} per GB-s executed (x86_64; arm64 20 % less)`, 'thirdParty', 'awsnegotiations.com; AWS pricing page does not render the figures', 'Allocation billed continuously; AWS rounds to 5 minutes, not modelled.', (s) => s.functions.some((f) => f.provisionedConcurrency)),
  c('Client-side timeout', 'API Gateway: 29 s', 'aws', 'docs.aws.amazon.com/lambda/latest/operatorguide/invocation-modes.html', 'The function keeps running after the caller gives up.', hasSource('sync')),
  ...asyncEntries(),
  ...streamEntries(),
  ...sqsEntries(),
  c('Series resolution', `at most ${MAX_BUCKETS} buckets per series`, 'assumption', '—', 'Bucket width is the smallest of 1, 2, 5, 10 … s that fits.'),
  c('Kept samples', `${MAX_TRACKED_ENVIRONMENTS} environments / ${MAX_SPANS} spans on the timeline; ${MAX_DEAD_LETTER_RECORDS} dead-letter records`, 'assumption', '—', 'Bounded memory: totals count everything.'),
];


/** Asynchronous invocation (sources/async*.ts, destinations.ts). */
function asyncEntries(): Entry[] {
  const when = hasSource('async');
  const errorsPage = 'docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html';
  const recordsPage = 'docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html';
  return [
    c('Async retries after a function error', `${ASYNC_FIRST_RETRY_DELAY_SECONDS} s, then ${ASYNC_SECOND_RETRY_DELAY_SECONDS} s after the failed attempt ends`, 'aws', errorsPage, '"a one-minute wait between the first two attempts, and two minutes between the second and third". Timeouts are function errors. Exact, without jitter (AWS says "about").', when),
    c('Async throttle backoff', `${ASYNC_THROTTLE_BACKOFF_INITIAL_SECONDS} s, ×${ASYNC_THROTTLE_BACKOFF_FACTOR} per throttled dispatch, at most ${ASYNC_THROTTLE_BACKOFF_MAX_SECONDS} s`, 'aws', errorsPage, '"increases exponentially from 1 second … to a maximum of 5 minutes"; the doubling is an assumption. Lambda system errors (500-series) are not modelled.', when),
    c('Async poller', 'FIFO, one queue per function; a throttled dispatch stays at the head and the whole queue backs off until an invocation of the function ends or the backoff elapses', 'assumption', errorsPage, 'AWS: throttled events return to the queue, and Lambda "reduces the rate at which it reads events" from a long queue. No separate read-rate limit. A function-error retry re-enters at the head.', when),
    c('Async event age', 'from first acceptance; checked at each attempt and by a timer at the age, so events expire on time even with no capacity; a running event is not stopped', 'assumption', errorsPage, 'maximumEventAgeInSeconds 60–21,600 (default 6 h). An event whose attempt fails past its age expires then (EventAgeExceeded).', when),
    c('Destinations and DLQ', 'on-failure destination and dead-letter queue both receive a failed event when both are set; on-success gets every success', 'aws', 'docs.aws.amazon.com/lambda/latest/dg/API_PutFunctionEventInvokeConfig.html', '"You can configure destinations in addition to or instead of a dead-letter queue." The DLQ record carries no error (the event body only).', when),
    c('Destination delivery failures', `probability ${DESTINATION_DELIVERY_FAILURE_RATE}: DeadLetterErrors stays 0`, 'assumption', recordsPage, 'Permissions, FIFO targets and oversized records are not modelled; validation refuses S3 as an on-success destination.', when),
    c('Async duplicates', `a duplicate is enqueued ${DUPLICATE_DELIVERY_DELAY_SECONDS} s after its original; it is not a request; idempotent functions skip it without an invocation; otherwise it runs once and its result is not routed`, 'assumption', errorsPage, 'AWS: the function can "receive the same event … multiple times because the queue itself is eventually consistent".', (s) => s.sources.some((x) => x.type === 'async' && x.duplicateRate > 0)),
    c('Async latency', 'acceptance to success, in the AsyncEventLatency series; not in the function\'s latency summary (what synchronous callers saw)', 'assumption', '—', 'The caller of an async invocation only sees the 202.', when),
    c('Queue growing', `told when the events queued for dispatch rose at ${QUEUE_GROWING_SAMPLES} consecutive bucket samples and number at least ${QUEUE_GROWING_MIN_EVENTS}`, 'assumption', '—', 'A narration threshold, not an AWS behaviour.', when),
  ];
}

/** Kinesis and DynamoDB Streams event source mappings (sources/stream*.ts). */
function streamEntries(): Entry[] {
  const when = hasSource('kinesis', 'dynamodb');
  return [
    c('Stream batch payload limit', `${MAX_BATCH_PAYLOAD_BYTES / 1024 / 1024} MB`, 'aws', 'docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html', '"You cannot modify this limit"; read as MiB. A batch also closes at batchSize or when its batching window ends', when),
    c('Stream retry delay', `${STREAM_RETRY_DELAY_SECONDS} s`, 'assumption', 'older AWS docs: shards are polled "once per second"', 'AWS documents no delay between retries of a failed or throttled stream batch; the next poll is assumed.', when),
    c('Stream polling', 'a free shard reads as soon as records arrive (window 0)', 'assumption', '—', 'Per-record polling is not modelled: records entering the stream at the same instant are read together.', when),
    c('Bisect on function error', 'halves retried in order, first half first; splits use no retry attempts', 'aws', STREAM_ERRORS_PAGE, 'A one-record batch that fails uses retry attempts as usual; the halves keep the retries already used.', when),
    c('Partial batch response', 'checkpoint before the first failed record; retrying from it uses one retry attempt (none with bisect on)', 'assumption', 'docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html', 'AWS documents the checkpoint, not how the retry is counted. A timed-out batch reports nothing: the whole batch is retried.', when),
    c('Throttled stream batches', 'retried until the records expire; no retry attempts used', 'aws', STREAM_ERRORS_PAGE, '"it retries until the records expire or exceed the maximum age".', when),
    c('Record expiry', 'past maximumRecordAgeInSeconds: discarded (on-failure destination, RecordAgeExceeded); past retention: dropped', 'assumption', STREAM_ERRORS_PAGE, 'Checked whenever a shard reads (each batch and each retry), so at most one invocation late.', when),
    c('Partition keys', 'uniform over partitionKeys; shard = hash(key) mod shards; a key keeps one lane of its shard under a parallelization factor', 'assumption', 'Kinesis hashes keys with MD5 into shard ranges', 'Per-key order is kept; a few keys can make a hot shard.', when),
    c('Records already in the stream', `spread evenly over the ${PRELOAD_HISTORY_SECONDS / 60} minutes before t = 0; LATEST skips them (not requests of this run)`, 'assumption', '—', 'TRIM_HORIZON reads them all; AT_TIMESTAMP those newer than the timestamp.', (s) => s.sources.some((x) => (x.type === 'kinesis' || x.type === 'dynamodb') && x.preloadRecords > 0)),
    c('IteratorAge', 'age of the oldest unprocessed record of a shard, at the end of each bucket', 'assumption', 'CloudWatch: age of the last record of each batch read', 'Both climb while a shard is blocked.', when),
    c('Per-shard series', `kept for up to ${MAX_SHARD_SERIES} shards; totals beyond`, 'assumption', '—', 'Bounded memory.', when),
  ];
}

/** SQS event source mappings (sources/sqs*.ts). */
function sqsEntries(): Entry[] {
  const when = hasSource('sqs');
  const scalingPage = 'docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html';
  const configurePage = 'docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html';
  return [
    c('SQS pollers at start', `${SQS_INITIAL_POLLERS} concurrent batches`, 'aws', scalingPage, 'Each poller slot works on one batch at a time.', when),
    c('SQS poller scale-up', `+${SQS_POLLER_SCALE_UP_PER_MINUTE} concurrent batches per minute while messages wait`, 'aws', scalingPage, 'An older blog post says +60 a minute (before the "faster polling scale-up" launch).', when),
    c('SQS scale-up shape', `one step every ${SQS_SCALING_PERIOD_SECONDS} s, taken when messages are waiting at that moment`, 'assumption', '—', 'AWS gives a rate ("up to 300 more per minute"), not how it is spread over the minute.', when),
    c('SQS poller ceiling', `${SQS_MAX_POLLERS} concurrent batches, or maximumConcurrency (2–1,000)`, 'aws', scalingPage, 'Newest docs and re:Post; one version of the page says 1,000.', when),
    c('SQS scale-down', `with no message waiting, −${SQS_POLLER_SCALE_DOWN_PER_MINUTE} a minute, never below the batches used that minute nor ${SQS_INITIAL_POLLERS}`, 'assumption', scalingPage, 'AWS says the pollers scale back down when the queue is quiet, not how fast.', when),
    c('SQS throttled batch', `retried after ${SQS_THROTTLE_RETRY_BASE_SECONDS} s, doubling (≤ ${SQS_THROTTLE_RETRY_MAX_SECONDS} s), while its visibility timeout lasts; then its messages reappear with their receive counts`, 'assumption', configurePage, 'AWS: a visibility timeout of 6× the function timeout "allows Lambda to retry if your function is throttled"; the retry schedule is not documented.', when),
    c('SQS poller back-off', `after a minute with throttles, pollers shed up to ${SQS_POLLER_SCALE_DOWN_PER_MINUTE} (never below the batches running) instead of scaling up`, 'assumption', 'repost.aws/knowledge-center/lambda-sqs-scaling', '"Lambda throttles function scaling when invocation issues occur".', when),
    c('SQS receive', 'a free poller receives a message the moment it is visible (long polling, no latency); oldest message first', 'assumption', '—', 'Standard queues order on a best-effort basis.', when),
    c('SQS batch assembly', 'one batch collects at a time; its messages are in flight (visibility running) from their receive', 'assumption', 'docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html', 'The 6 MB payload limit is ignored: the scenario has no SQS message size.', when),
    c('SQS visibility timeout', 'a failed or timed-out batch reappears when each message\'s visibility timeout ends', 'aws', configurePage, 'With ReportBatchItemFailures only the reported messages reappear: here the poison ones and the one that failed transiently.', when),
    c('SQS duplicates', 'a message whose visibility timeout ends while a batch still processes it is received again; the first copy to finish deletes it', 'assumption', 'docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html', 'AWS: "duplicate processing of records can occur". A duplicate is not a new request.', when),
    c('SQS redrive', 'at the receive that would exceed maxReceiveCount, one dead-letter record per message', 'aws', configurePage, 'SQS\'s redrive policy moves a message received maxReceiveCount times. Receives of throttled batches count too.', when),
    c('SQS retention', 'visible messages past retentionSeconds are deleted (dropped); an in-flight one when it would reappear', 'assumption', '—', 'AWS default retention 4 days.', when),
    c('ApproximateAgeOfOldestMessage', 'age of the oldest visible message, at the end of each bucket', 'assumption', 'CloudWatch: oldest non-deleted message', 'In-flight messages are not counted, so the series shows how long messages wait for a poller.', when),
  ];
}

export { c as modelConstant, hasSource };
export type { Entry as ModelConstantEntry };

/** The constants that matter for `scenario`. */
export function modelConstants(scenario: Scenario): ModelConstant[] {
  return ENTRIES.filter((e) => e.when(scenario)).map((e) => e.constant);
}
