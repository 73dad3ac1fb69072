//! The English WebAssembly module's interpretation counted, as the native one
//! is counted by callgrind (`instructions.rs`): the module `import` loads,
//! built as the package builds it, run by wasmi (an interpreter) with fuel
//! metering on. Fuel is wasmi's count of executed instructions (a few, such
//! as bulk copies, cost more): the same module and inputs give the same count
//! on every run and every machine, where V8's times move by 20–30% here.
//!
//! What is counted is what the package's JavaScript makes the module do for
//! one `interpret` (npm/src/api.js): the input's strings joined and passed in
//! the module's memory, the call, and the answer freed; for each input of
//! core/benches/inputs (the first vector of every file), after one untimed
//! pass. The two functions the module imports are wasm-bindgen's glue, given
//! here as the glue gives them; the call's signature is checked, so that a new
//! wasm-bindgen fails here instead of counting something else.

#[path = "../../../core/benches/inputs/mod.rs"]
mod inputs;

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use inputs::Input;
use std::path::Path;
use wasmi::{
    Caller, CompilationMode, Config, Engine, ExternRef, Func, Linker, Memory, Module, Nullable, Ref, Store, Table, Val,
    ValType,
};

/// The fuel the module spends on the inputs, once each, after a first pass.
pub fn count(module: &Path) -> Result<u64> {
    // The inputs' reader is shared with a bench program of the core, which reports errors as text.
    let inputs = inputs::first_of_each(&root().join("tests/vectors")).map_err(anyhow::Error::msg)?;
    let bytes = std::fs::read(module).with_context(|| format!("{}", module.display()))?;
    count_of(&bytes, &inputs).with_context(|| format!("{}", module.display()))
}

/// The fuel `bytes` (a module) spends on `inputs`, once each, after a first pass.
fn count_of(bytes: &[u8], inputs: &[Input]) -> Result<u64> {
    let mut session = Session::new(bytes)?;
    session.interpret_all(inputs)?;
    let before = session.store.get_fuel()?;
    session.interpret_all(inputs)?;
    let after = session.store.get_fuel()?;
    Ok(before - after)
}

/// The instantiated module and the exports the glue calls.
struct Session {
    store: Store<()>,
    memory: Memory,
    externrefs: Table,
    malloc: Func,
    free: Func,
    externref_dealloc: Func,
    interpret: Func,
}

/// `interpret`'s parameters as wasm-bindgen lowers them (wasm/src/lib.rs):
/// status, text (pointer, length), lengths (pointer, count), header count,
/// body is text, body (pointer, length), now (is some, value).
const PARAMS: [ValType; 11] = [
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::I32,
    ValType::F64,
];
/// And its result: the answer's pointer and length, the error's slot in the
/// externref table, whether it is one.
const RESULTS: [ValType; 4] = [ValType::I32; 4];

impl Session {
    fn new(bytes: &[u8]) -> Result<Session> {
        let mut config = Config::default();
        // Every function compiled up front: nothing is charged on first use.
        config.consume_fuel(true).compilation_mode(CompilationMode::Eager);
        let engine = Engine::new(&config);
        let module = Module::new(&engine, bytes)?;
        let mut store = Store::new(&engine, ());
        store.set_fuel(u64::MAX)?;
        let mut linker = Linker::<()>::new(&engine);
        for import in module.imports() {
            let (from, name) = (import.module(), import.name());
            match name {
                // The glue fills the first slots of the externref table with
                // JavaScript's constants; here their place is kept.
                "__wbindgen_init_externref_table" => linker.func_wrap(from, name, |mut caller: Caller<'_, ()>| {
                    if let Some(table) = caller.get_export("__wbindgen_externrefs").and_then(|e| e.into_table()) {
                        let _ = table.grow(&mut caller, 4, Ref::from(Nullable::<ExternRef>::Null));
                    }
                }),
                // The string an error is thrown as: read from the module's memory.
                name if name.starts_with("__wbindgen_generic_") => linker.func_wrap(
                    from,
                    name,
                    |mut caller: Caller<'_, ()>, ptr: i32, len: i32| -> Nullable<ExternRef> {
                        let text = caller.get_export("memory").and_then(|e| e.into_memory()).map(|memory| {
                            let mut buffer = vec![0; len as u32 as usize];
                            let _ = memory.read(&caller, ptr as u32 as usize, &mut buffer);
                            String::from_utf8_lossy(&buffer).into_owned()
                        });
                        Nullable::Val(ExternRef::new(&mut caller, text.unwrap_or_default()))
                    },
                ),
                other => return Err(anyhow!("the module imports {from}.{other}, which this count does not provide")),
            }?;
        }
        let instance = linker.instantiate_and_start(&mut store, &module)?;
        let func = |name: &str| instance.get_func(&store, name).with_context(|| format!("no export {name}"));
        let (malloc, free, externref_dealloc, interpret, start) = (
            func("__wbindgen_malloc")?,
            func("__wbindgen_free")?,
            func("__externref_table_dealloc")?,
            func("interpret")?,
            func("__wbindgen_start")?,
        );
        let mut session = Session {
            memory: instance.get_memory(&store, "memory").context("no exported memory")?,
            externrefs: instance.get_table(&store, "__wbindgen_externrefs").context("no externref table")?,
            malloc,
            free,
            externref_dealloc,
            interpret,
            store,
        };
        // What the glue runs once the module is instantiated.
        session.call(start, &[], &mut [])?;
        let ty = session.interpret.ty(&session.store);
        if ty.params() != PARAMS || ty.results() != RESULTS {
            return Err(anyhow!("interpret's signature is {ty:?}, not what wasm-bindgen lowered before"));
        }
        Ok(session)
    }

    fn interpret_all(&mut self, inputs: &[Input]) -> Result<()> {
        inputs.iter().try_for_each(|input| self.interpret(input))
    }

    /// One `interpret` as the package makes it: every string joined into one,
    /// cut by UTF-16 lengths, a text body last.
    fn interpret(&mut self, input: &Input) -> Result<()> {
        let mut parts: Vec<&str> = input.headers.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]).collect();
        parts.extend(input.locales.iter().map(String::as_str));
        let body_text = String::from_utf8_lossy(&input.body);
        if input.body_is_text {
            parts.push(&body_text);
        }
        let lengths: Vec<u8> = parts.iter().flat_map(|p| (p.encode_utf16().count() as u32).to_le_bytes()).collect();
        let body: &[u8] = if input.body_is_text { &[] } else { &input.body };
        let text = self.pass(parts.concat().as_bytes(), 1)?;
        let lengths_ptr = self.pass(&lengths, 4)?;
        let body_ptr = self.pass(body, 1)?;
        let mut out = [const { Val::I32(0) }; 4];
        self.call(
            self.interpret,
            &[
                Val::I32(i32::from(input.status)),
                Val::I32(text),
                Val::I32(parts.iter().map(|p| p.len() as i32).sum()),
                Val::I32(lengths_ptr),
                Val::I32(parts.len() as i32),
                Val::I32(input.headers.len() as i32),
                Val::I32(i32::from(input.body_is_text)),
                Val::I32(body_ptr),
                Val::I32(body.len() as i32),
                Val::I32(i32::from(input.now_ms.is_some())),
                Val::F64((input.now_ms.unwrap_or(0) as f64).into()),
            ],
            &mut out,
        )?;
        match out {
            // An error (1xx–3xx): taken from the externref table, as the glue does.
            [_, _, Val::I32(index), Val::I32(1)] => {
                self.externrefs.get(&self.store, index as u32 as u64).context("the error is not in the table")?;
                self.call(self.externref_dealloc, &[Val::I32(index)], &mut [])
            }
            [Val::I32(ptr), Val::I32(len), _, Val::I32(0)] => {
                let mut answer = vec![0; len as u32 as usize];
                self.memory.read(&self.store, ptr as u32 as usize, &mut answer)?;
                if answer.is_empty() || std::str::from_utf8(&answer).is_err() {
                    return Err(anyhow!("interpret answered {answer:?} for status {}", input.status));
                }
                self.call(self.free, &[Val::I32(ptr), Val::I32(len), Val::I32(1)], &mut [])
            }
            other => Err(anyhow!("interpret returned {other:?}")),
        }
    }

    /// Bytes copied into memory the module allocates, as the glue passes
    /// strings and arrays; their pointer. The module frees them.
    fn pass(&mut self, bytes: &[u8], align: i32) -> Result<i32> {
        let mut ptr = [Val::I32(0)];
        self.call(self.malloc, &[Val::I32(bytes.len() as i32), Val::I32(align)], &mut ptr)?;
        let Val::I32(ptr) = ptr[0] else { return Err(anyhow!("malloc returned no pointer")) };
        self.memory.write(&mut self.store, ptr as u32 as usize, bytes)?;
        Ok(ptr)
    }

    fn call(&mut self, func: Func, args: &[Val], out: &mut [Val]) -> Result<()> {
        func.call(&mut self.store, args, out).context("the module trapped")
    }
}

#[cfg(test)]
mod tests {
    use super::{count_of, Input};

    /// A stand-in for the module with wasm-bindgen's exports: `interpret`
    /// answers "a" (and the status's low byte of work, in a loop), or throws
    /// for a status under 400.
    fn module(interpret_params: &str) -> String {
        format!(
            r#"(module
              (import "./glue.js" "__wbindgen_init_externref_table" (func $init))
              (memory (export "memory") 1)
              (table (export "__wbindgen_externrefs") 8 externref)
              (data (i32.const 16) "a")
              (func (export "__wbindgen_malloc") (param i32 i32) (result i32) i32.const 1024)
              (func (export "__wbindgen_free") (param i32 i32 i32))
              (func (export "__externref_table_dealloc") (param i32))
              (func (export "__wbindgen_start") call $init)
              (func (export "interpret") (param {interpret_params}) (result i32 i32 i32 i32)
                (local $n i32)
                (local.set $n (i32.and (local.get 0) (i32.const 255)))
                (block $done (loop $work
                  (br_if $done (i32.eqz (local.get $n)))
                  (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                  (br $work)))
                (if (result i32 i32 i32 i32) (i32.lt_u (local.get 0) (i32.const 400))
                  (then (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 1))
                  (else (i32.const 16) (i32.const 1) (i32.const 0) (i32.const 0)))))"#
        )
    }

    const PARAMS: &str = "i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f64";

    fn input(status: u16, body: &str) -> Input {
        Input {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
            body_is_text: true,
            locales: vec!["de".into()],
            now_ms: Some(0),
        }
    }

    #[test]
    fn the_same_inputs_cost_the_same_fuel_every_time() {
        let inputs = [input(401, "{}"), input(500, "é"), input(204, "")];
        let module = module(PARAMS);
        let first = count_of(module.as_bytes(), &inputs).unwrap();
        assert_eq!(count_of(module.as_bytes(), &inputs).unwrap(), first);
        // More work in the module is more fuel: the loop runs the status's low byte of times.
        let more = count_of(module.as_bytes(), &[input(401 + 100, "{}"), input(500, "é"), input(204, "")]).unwrap();
        assert!(more > first + 50, "{more} against {first}");
    }

    #[test]
    fn another_signature_is_refused_not_counted() {
        let error = count_of(module("i32 i32 i32 i32 i32 i32 i32 i32 i32 i32").as_bytes(), &[input(401, "")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("signature"), "{error}");
    }

    #[test]
    fn an_import_the_glue_does_not_have_is_refused() {
        let text = module(PARAMS).replace("__wbindgen_init_externref_table", "__wbg_now");
        let error = count_of(text.as_bytes(), &[input(401, "")]).unwrap_err().to_string();
        assert!(error.contains("does not provide"), "{error}");
    }
}
