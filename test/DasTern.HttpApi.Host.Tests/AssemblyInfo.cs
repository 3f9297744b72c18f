// Hangfire's configuration lives in process-wide statics, so hosts in this assembly start and stop one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
