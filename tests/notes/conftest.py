"""Speech for the transcription tests, generated once per session with espeak-ng (no audio is committed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ENGLISH = [
    "I have been feeling anxious at work for the past few weeks.",
    "My sleep has been poor and I wake up early most mornings.",
    "We talked about breathing exercises and keeping a thought record.",
]
SPANISH = "Me siento muy cansada y triste desde que perdí mi trabajo el mes pasado."


def espeak(text: str, out: Path, voice: str = "en-us") -> Path:
    """Speak `text` into a wav file with espeak-ng."""
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(out), text], check=True)
    return out


def encode(wav: Path, out: Path, codec: str) -> Path:
    """Re-encode a wav file with PyAV (FFmpeg inside the wheel): the container comes from out's suffix."""
    import av

    with av.open(str(wav)) as src, av.open(str(out), "w") as dst:
        rate = 48_000 if codec == "libopus" else 22_050
        stream = dst.add_stream(codec, rate=rate, layout="mono")
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        for frame in src.decode(audio=0):
            frame.pts = None
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    dst.mux(packet)
        for f in resampler.resample(None):
            for packet in stream.encode(f):
                dst.mux(packet)
        for packet in stream.encode(None):
            dst.mux(packet)
    return out


@pytest.fixture(scope="session")
def speech(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """English (wav, mp3, ogg/opus, webm/opus), a short English sentence and Spanish, from espeak-ng."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt-get install espeak-ng; `make test` installs it)")
    d = tmp_path_factory.mktemp("speech")
    wav = espeak(" ".join(ENGLISH), d / "english.wav")
    return {
        "wav": wav,
        "mp3": encode(wav, d / "english.mp3", "libmp3lame"),
        "ogg": encode(wav, d / "english.ogg", "libopus"),
        "webm": encode(wav, d / "english.webm", "libopus"),
        "short": espeak(ENGLISH[0], d / "short.wav"),
        "spanish": espeak(SPANISH, d / "spanish.wav", voice="es"),
    }


@pytest.fixture(scope="session")
def english_tiny(speech: dict[str, Path]):
    """The English wav transcribed once with tiny.en."""
    from alliance.notes.transcription import transcribe

    return transcribe(speech["wav"], model="tiny.en")


@pytest.fixture(scope="session")
def spanish_base(speech: dict[str, Path]):
    """The Spanish wav transcribed once with base, language detected."""
    from alliance.notes.transcription import transcribe

    return transcribe(speech["spanish"], model="base")
