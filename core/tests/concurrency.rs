//! The concurrency scenario (`tests/concurrency/scenario.json`) with
//! `std::thread`: workers interpret the inputs in a loop while one more thread
//! adds messages, loads locale data and clears, over and over. Every answer
//! must be one the library gives single-threaded for that input after some
//! prefix of the mutations: never a mix of two states, never missing, never an
//! error. Then the throughput with 1, 2 and 8 workers, and memory afterwards.

use authos_errors::{
    add_messages, clear_added_messages, interpret, load_locale_data, locale_data, parse_rfc3339_ms, Request,
};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Barrier, Mutex};
use std::time::{Duration, Instant};

/// One input, owned, ready to become a `Request`.
struct Input {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    locales: Vec<String>,
    now_ms: i64,
}

impl Input {
    fn from_json(v: &Value) -> Input {
        let text = |v: &Value| v.as_str().expect("a string").to_owned();
        Input {
            status: u16::try_from(v["status"].as_u64().expect("status")).expect("a 16-bit status"),
            headers: v["headers"].as_object().expect("headers").iter().map(|(k, v)| (k.clone(), text(v))).collect(),
            body: v["body"].as_str().expect("body").as_bytes().to_vec(),
            locales: v["locales"].as_array().expect("locales").iter().map(text).collect(),
            now_ms: parse_rfc3339_ms(v["now"].as_str().expect("now")).expect("RFC 3339"),
        }
    }

    /// The answer, as canonical JSON, or the error said as text.
    fn answer(&self) -> String {
        let headers: Vec<(&str, &str)> = self.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let locales: Vec<&str> = self.locales.iter().map(String::as_str).collect();
        let request =
            Request::new(self.status).headers(&headers).body(&self.body).locales(&locales).now_ms(self.now_ms);
        match interpret(&request) {
            Ok(answer) => serde_json::to_string(&answer).expect("serializes"),
            Err(e) => format!("error: {e}"),
        }
    }
}

enum Mutation {
    AddMessages { locale: String, ftl: String },
    LoadLocaleData(&'static [u8]),
    Clear,
}

impl Mutation {
    fn from_json(v: &Value) -> Mutation {
        if let Some(add) = v.get("add_messages") {
            let field = |name: &str| add[name].as_str().expect(name).to_owned();
            return Mutation::AddMessages { locale: field("locale"), ftl: field("ftl") };
        }
        if let Some(tag) = v.get("load_locale_data").and_then(Value::as_str) {
            return Mutation::LoadLocaleData(locale_data(tag).unwrap_or_else(|| panic!("{tag} is not shipped")));
        }
        assert_eq!(v.get("clear_added_messages"), Some(&Value::Bool(true)), "an unknown mutation: {v}");
        Mutation::Clear
    }

    fn apply(&self) {
        match self {
            Mutation::AddMessages { locale, ftl } => {
                add_messages(locale, ftl).unwrap_or_else(|e| panic!("add_messages({locale}): {e}"));
            }
            Mutation::LoadLocaleData(data) => {
                load_locale_data(data).unwrap_or_else(|e| panic!("load_locale_data: {e}"));
            }
            Mutation::Clear => clear_added_messages(),
        }
    }
}

struct Scenario {
    workers: usize,
    rounds: u64,
    seconds: u64,
    throughput_calls: u64,
    inputs: Vec<Input>,
    mutations: Vec<Mutation>,
}

fn scenario() -> Scenario {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/concurrency/scenario.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let number = |name: &str| v[name].as_u64().unwrap_or_else(|| panic!("{name}"));
    Scenario {
        workers: usize::try_from(number("workers")).expect("workers"),
        rounds: number("rounds"),
        seconds: number("seconds"),
        throughput_calls: number("throughput_calls"),
        inputs: v["inputs"].as_array().expect("inputs").iter().map(Input::from_json).collect(),
        mutations: v["mutations"].as_array().expect("mutations").iter().map(Mutation::from_json).collect(),
    }
}

/// The added messages are process-wide: one test of this file at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// For each input, every answer the library gives single-threaded after none,
/// or the first k, of the mutations.
fn allowed(s: &Scenario) -> Vec<BTreeSet<String>> {
    clear_added_messages();
    let mut allowed: Vec<BTreeSet<String>> = s.inputs.iter().map(|i| BTreeSet::from([i.answer()])).collect();
    for mutation in &s.mutations {
        mutation.apply();
        for (set, input) in allowed.iter_mut().zip(&s.inputs) {
            set.insert(input.answer());
        }
    }
    clear_added_messages();
    allowed
}

fn resident_kb() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4
}

#[test]
fn every_answer_under_contention_is_one_of_a_single_threaded_state() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let s = scenario();
    let allowed = allowed(&s);
    assert!(allowed.iter().any(|set| set.len() > 1), "the mutations change no answer: the scenario proves nothing");
    assert!(s.workers >= 8, "at least 8 workers");

    let deadline = Instant::now() + Duration::from_secs(s.seconds);
    let done = AtomicBool::new(false);
    let calls = AtomicU64::new(0);
    let wrong: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let rounds = std::thread::scope(|scope| {
        for worker in 0..s.workers {
            let (s, allowed, done, calls, wrong) = (&s, &allowed, &done, &calls, &wrong);
            scope.spawn(move || {
                let mut n = 0u64;
                // Each worker starts at another input, so that all are in flight at once.
                for i in (0..s.inputs.len()).cycle().skip(worker) {
                    if done.load(Ordering::Relaxed) {
                        break;
                    }
                    let answer = s.inputs[i].answer();
                    if !allowed[i].contains(&answer) {
                        wrong.lock().unwrap_or_else(|p| p.into_inner()).push(format!("input {i}: {answer}"));
                    }
                    n += 1;
                }
                calls.fetch_add(n, Ordering::Relaxed);
            });
        }
        let mut rounds = 0;
        while rounds < s.rounds && Instant::now() < deadline {
            for mutation in &s.mutations {
                mutation.apply();
            }
            rounds += 1;
        }
        done.store(true, Ordering::Relaxed);
        rounds
    });
    clear_added_messages();
    let wrong = wrong.into_inner().unwrap_or_else(|p| p.into_inner());
    let calls = calls.into_inner();
    println!(
        "concurrency rust: {} workers, {calls} answers, {rounds} rounds of mutations, {} wrong",
        s.workers,
        wrong.len()
    );
    assert!(rounds > 0 && calls > 0, "nothing ran");
    assert!(wrong.is_empty(), "{} answers of no single-threaded state, first: {:?}", wrong.len(), wrong.first());
}

#[test]
fn throughput_with_one_two_and_eight_workers_and_memory_after() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let s = scenario();
    clear_added_messages();
    // Warm up (negotiation caches, allocator), then measure.
    for input in &s.inputs {
        input.answer();
    }
    // Beside each, a control that shares nothing (serde_json reading the same
    // bodies): how far this machine's cores scale, whatever the library does.
    let throughput = |work: &(dyn Fn(&Input) + Sync)| {
        [1u64, 2, 8].map(|workers| {
            let per_worker = s.throughput_calls / workers;
            let start = Instant::now();
            std::thread::scope(|scope| {
                for worker in 0..workers {
                    let s = &s;
                    scope.spawn(move || {
                        let skip = usize::try_from(worker).unwrap_or(0);
                        for i in (0..s.inputs.len()).cycle().skip(skip).take(per_worker as usize) {
                            work(&s.inputs[i]);
                        }
                    });
                }
            });
            format!("{workers} worker(s) {:.0} calls/s", (per_worker * workers) as f64 / start.elapsed().as_secs_f64())
        })
    };
    let ours = throughput(&|input| {
        input.answer();
    });
    let control = throughput(&|input| {
        std::hint::black_box(serde_json::from_slice::<Value>(&input.body).ok());
    });
    println!("concurrency rust throughput: {}; the control (serde_json): {}", ours.join(", "), control.join(", "));

    // Memory: the same workers answer in batches while the mutations run,
    // cleared after each. The first batch sets up what stays (each thread's
    // allocator arena, a sanitizer's shadow); after it, memory stays put.
    const BATCHES: usize = 11;
    let start = Barrier::new(s.workers + 1);
    let end = Barrier::new(s.workers + 1);
    let resident = std::thread::scope(|scope| {
        for worker in 0..s.workers {
            let (s, start, end) = (&s, &start, &end);
            scope.spawn(move || {
                for _ in 0..BATCHES {
                    start.wait();
                    for i in (0..s.inputs.len()).cycle().skip(worker).take(200) {
                        s.inputs[i].answer();
                    }
                    end.wait();
                }
            });
        }
        let mut resident = Vec::new();
        for _ in 0..BATCHES {
            start.wait();
            for _ in 0..20 {
                for mutation in &s.mutations {
                    mutation.apply();
                }
            }
            end.wait();
            clear_added_messages();
            resident.push(resident_kb());
        }
        resident
    });
    let (before, after) = (resident[0], resident[BATCHES - 1]);
    println!("concurrency rust memory: resident {before} → {after} KiB over {} batches", BATCHES - 1);
    // Under a sanitizer resident memory is mostly the sanitizer's own (shadow
    // memory, thread histories), which grows as it likes: the check is the
    // plain run's (`--platform rust`), and leaks are LeakSanitizer's.
    if let Ok(sanitizer) = std::env::var("AUTHOS_SANITIZER") {
        println!("concurrency rust memory: not bounded under {sanitizer}, whose own memory grows; the rust platform bounds it");
        return;
    }
    assert!(after <= before + 1024, "resident memory grew from {before} to {after} KiB: {resident:?}");
}
