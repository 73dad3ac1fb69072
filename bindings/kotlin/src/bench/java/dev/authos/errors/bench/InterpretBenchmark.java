// The Kotlin binding's cost under JMH: the floor (a uniffi call with no
// argument and no result), the generated record call, the idiomatic call, each
// adapter, and the same interpretation natively, in one run.
// `cargo xtask bench` runs it and writes the rows (xtask/src/uniffi/kotlin.rs).
package dev.authos.errors.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InterpretBenchmark {
    /** Calls timed inside the library per JMH invocation: the boundary's own cost is 1/10,000 of each. */
    static final int NATIVE_CALLS = 10_000;

    @Benchmark
    public void floor() {
        Calls.floor();
    }

    @Benchmark
    public Object interpretErrorResponse() {
        return Calls.interpretErrorResponse();
    }

    @Benchmark
    public Object interpret() {
        return Calls.interpret();
    }

    @Benchmark
    @OperationsPerInvocation(NATIVE_CALLS)
    public double nativeInterpret() {
        return Calls.nativeInterpret(NATIVE_CALLS);
    }

    @Benchmark
    public Object okhttp() {
        return Calls.okhttp();
    }

    @Benchmark
    public Object retrofit() {
        return Calls.retrofit();
    }

    @Benchmark
    public Object ktor() {
        return Calls.ktor();
    }
}
