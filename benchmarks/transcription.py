"""Transcription speed and accuracy on about 60 s of speech generated with espeak-ng.

For each model (base, tiny.en): wall-clock and CPU seconds to transcribe, the real-time factor (seconds of
processing per second of audio; "RTF CPU" counts the CPU time of all threads: what one dedicated core would
take) and the word error rate against the text spoken. The baseline, measured in the same run on the same
audio, is decoding the file alone (PyAV to 16 kHz mono), the floor of any transcription.

    .venv/bin/python benchmarks/transcription.py [--threads 2] [--rounds 2] [--json]

Needs Debian's espeak-ng on PATH.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A made-up session summary, read aloud by espeak-ng (no digits, so "two" is not scored against "2").
SCRIPT = (
    "Thank you for coming in today. Last week we agreed that you would keep a record of the moments when "
    "your worry felt strongest. You told me that most of them came in the evening, after work, "
    "when the house was quiet. "
    "You noticed thoughts that you would lose your job and that your friends were tired of you. "
    "When you wrote the evidence for and against each thought, the worry came down a little. "
    "Your sleep is still broken, and you wake before dawn most mornings. "
    "We practised slow breathing for a few minutes, and you said your shoulders felt looser afterwards. "
    "For the coming week, you will try the breathing exercise before bed, keep the thought record, "
    "and call your sister on the weekend. We will review how it went when we meet next time. "
    "Before we finish, I want to check how you are feeling about the plan. You said it feels manageable, "
    "although the evenings will be hard. If the worry becomes overwhelming, you can use the coping card "
    "we wrote together, and you know how to reach the crisis line at any hour."
)


def make_speech(folder: Path) -> Path:
    """Speak SCRIPT into a wav file with espeak-ng."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        sys.exit("espeak-ng is not installed (apt-get install espeak-ng)")
    out = folder / "speech.wav"
    subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(out), SCRIPT], check=True)
    return out


def timed(fn, rounds: int) -> tuple[float, float, object]:
    """Best wall and CPU seconds of `rounds` calls, and the last result."""
    best_wall = best_cpu = float("inf")
    result = None
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="keep the fastest of N runs per model")
    parser.add_argument("--beam-size", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from alliance.notes.speech_models import load_model
    from alliance.notes.transcription import decode, transcribe, word_error_rate

    with tempfile.TemporaryDirectory() as tmp:
        audio = make_speech(Path(tmp))
        base_wall, base_cpu, samples = timed(lambda: decode(audio), max(args.rounds, 3))
        duration = samples.size / 16_000
        rows = [{"variant": "baseline: decode audio only", "wall_s": base_wall, "cpu_s": base_cpu,
                 "wer": None}]
        for name in ("base", "tiny.en"):
            load_model(name, args.threads)  # loading is a one-off per process; not counted
            wall, cpu, tr = timed(lambda n=name: transcribe(audio, model=n, threads=args.threads,
                                                            beam_size=args.beam_size), args.rounds)
            rows.append({"variant": f"{name} (int8, {args.threads} threads, beam {args.beam_size})",
                         "wall_s": wall, "cpu_s": cpu, "wer": word_error_rate(SCRIPT, tr.text)})
    for r in rows:
        r["rtf_wall"] = r["wall_s"] / duration
        r["rtf_cpu"] = r["cpu_s"] / duration  # what one dedicated core would take
        r["vs_baseline"] = r["wall_s"] / base_wall
    meta = {"audio_seconds": round(duration, 2), "python": platform.python_version(),
            "machine": platform.machine(), "threads": args.threads, "rounds": args.rounds}
    if args.json:
        print(json.dumps({"meta": meta, "rows": rows}, indent=2))
        return
    print(f"{duration:.1f} s of espeak-ng speech; best of {args.rounds} runs; {args.threads} threads")
    print(f"{'variant':44} {'wall s':>8} {'CPU s':>8} {'RTF wall':>9} {'RTF CPU':>8} {'WER':>6} "
          f"{'x baseline':>11}")
    for r in rows:
        wer = "-" if r["wer"] is None else f"{r['wer']:.3f}"
        print(f"{r['variant']:44} {r['wall_s']:8.3f} {r['cpu_s']:8.3f} {r['rtf_wall']:9.3f} "
              f"{r['rtf_cpu']:8.3f} {wer:>6} {r['vs_baseline']:10.0f}x")


if __name__ == "__main__":
    main()
