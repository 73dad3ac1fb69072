// The library from Java. Kotlin's unsigned types (the status is a UShort, the
// waits are ULongs) reach Java only as mangled names (`getStatus-Mh2AYeg()`),
// which Java cannot call; the constructors that take them are hidden from it.
// This object gives Java every such field as a plain static accessor, in Java's
// signed types, and the calls whose parameters are unsigned. ApiTest checks by
// reflection that every unsigned field of the generated API has its accessor here.
package dev.authos.errors

/**
 * For Java callers: `AuthosJava.interpret(401, Map.of(), body, List.of("de"))`,
 * then `AuthosJava.status(answer)` and `AuthosJava.retryAfterMs(answer)` beside
 * the plain getters (`answer.getCode()`, `answer.getMessage()`). Kotlin callers
 * use the properties themselves.
 */
object AuthosJava {
    /**
     * [interpret] for Java: headers as a map, every argument after the body
     * optional. Declares [AuthosException] (for a 1xx–3xx status), which Java
     * checks, so that a Java caller can catch [AuthosException.NotAnException].
     */
    @JvmStatic @JvmOverloads
    @Throws(AuthosException::class)
    fun interpret(
        status: Int,
        headers: Map<String, String>,
        body: ByteArray?,
        locales: List<String> = emptyList(),
        nowMs: Long? = null,
    ): Interpretation = interpret(status, headers.toList(), body, locales, nowMs)

    /** An [ErrorResponse] with an `int` status (0 to 65535, else [IllegalArgumentException]). */
    @JvmStatic @JvmOverloads
    fun errorResponse(status: Int, headers: List<Header>, body: ByteArray, locales: List<String> = emptyList(), nowMs: Long? = null): ErrorResponse {
        require(status in 0..0xFFFF) { "HTTP status $status is out of range" }
        return ErrorResponse(status.toUShort(), headers, body, locales, nowMs)
    }

    /** A [RetryPolicy] from `long` and `int` values, none of them negative (else [IllegalArgumentException]). */
    @JvmStatic
    fun retryPolicy(baseDelayMs: Long, maxDelayMs: Long, maxAttempts: Int, budgetMs: Long): RetryPolicy {
        require(baseDelayMs >= 0 && maxDelayMs >= 0 && maxAttempts >= 0 && budgetMs >= 0) { "a retry policy's values are never negative" }
        return RetryPolicy(baseDelayMs.toULong(), maxDelayMs.toULong(), maxAttempts.toUInt(), budgetMs.toULong())
    }

    /** [retryDecision] for Java: `attempt` (1 for the first) and `elapsedMs`, neither negative (else [IllegalArgumentException]). */
    @JvmStatic
    fun retryDecision(policy: RetryPolicy, failure: Interpretation, attempt: Int, elapsedMs: Long, random: Double): RetryDecision {
        require(attempt >= 0 && elapsedMs >= 0) { "attempt and elapsedMs are never negative" }
        return dev.authos.errors.retryDecision(policy, failure, attempt.toUInt(), elapsedMs.toULong(), random)
    }

    /** [pollStep] for Java: the current interval, never negative (else [IllegalArgumentException]). */
    @JvmStatic
    fun pollStep(intervalMs: Long, failure: Interpretation): PollStep {
        require(intervalMs >= 0) { "intervalMs is never negative" }
        return dev.authos.errors.pollStep(intervalMs.toULong(), failure)
    }

    @JvmStatic fun status(interpretation: Interpretation): Int = interpretation.status.toInt()

    /** The wait in milliseconds, or `null` where the response gave none. */
    @JvmStatic fun retryAfterMs(interpretation: Interpretation): Long? = interpretation.retryAfterMs?.let(::signed)

    @JvmStatic fun status(entry: CatalogueEntry): Int = entry.status.toInt()

    @JvmStatic fun status(response: ErrorResponse): Int = response.status.toInt()

    @JvmStatic fun status(exception: AuthosException.NotAnException): Int = exception.status.toInt()

    @JvmStatic fun messages(added: AddedMessages): Long = added.messages.toLong()

    @JvmStatic fun baseDelayMs(policy: RetryPolicy): Long = signed(policy.baseDelayMs)

    @JvmStatic fun maxDelayMs(policy: RetryPolicy): Long = signed(policy.maxDelayMs)

    @JvmStatic fun maxAttempts(policy: RetryPolicy): Long = policy.maxAttempts.toLong()

    @JvmStatic fun budgetMs(policy: RetryPolicy): Long = signed(policy.budgetMs)

    @JvmStatic fun delayMs(decision: RetryDecision.RetryAfter): Long = signed(decision.delayMs)

    @JvmStatic fun intervalMs(step: PollStep.Continue): Long = signed(step.intervalMs)

    @JvmStatic fun intervalMs(step: PollStep.SlowDown): Long = signed(step.intervalMs)

    /**
     * A duration that does not fit a `long` (292 million years) is as good as
     * forever. Read by its sign bit: an unsigned comparison would need
     * `Long.compareUnsigned`, which Android has only from API 26.
     */
    private fun signed(value: ULong): Long = value.toLong().let { if (it < 0) Long.MAX_VALUE else it }
}
