//! The bindings' HTTP test server (bindings/testserver.py) on 127.0.0.1, for
//! the tests of each platform's HTTP-client adapters: started for a platform's
//! run, its address given as `AUTHOS_TEST_SERVER`, stopped when dropped.

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct TestServer {
    child: Child,
    pub url: String,
}

impl TestServer {
    pub fn start() -> Result<TestServer> {
        let script = root().join("bindings/testserver.py");
        let mut child = Command::new("python3")
            .arg(&script)
            .stdout(Stdio::piped())
            .spawn()
            .with_context(|| format!("python3 {}", script.display()))?;
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut line);
        }
        let Some(url) = line.trim().strip_prefix("listening on ").map(str::to_owned) else {
            let _ = child.kill();
            return Err(anyhow!("{} did not start: {line:?}", script.display()));
        };
        println!("xtask: HTTP test server on {url}");
        Ok(TestServer { child, url })
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
