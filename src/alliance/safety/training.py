"""Train the embedding classifier (`python -m alliance.safety.training`): reproducible, numpy only.

Writes src/alliance/safety/data/classifier-minilm-v1.npz and .metrics.json; see docs/safety-classifier.md.
Data sources (read from `../shared/datasets`, never copied into the repo):
- reddit-cssrs-gaur2019 (CC BY 4.0; Gaur et al., WWW 2019, doi:10.1145/3308558.3313698): user-level C-SSRS
  labels from psychiatrists. Self-disclosure posts of Ideation / Behavior / Attempt users are positives; those
  of Supportive and Indicator users are negatives (Indicator means distress or history without expressed
  ideation, which the screen calls `low`, below the classifier's `moderate` target).
- counselchat (MIT): help-seeker questions (title and text) are negatives, except those matching a broad risk
  regex (suicide, self-harm, wanting to die...), which are left out because their labels are unknown.
- EVERYDAY: short everyday messages, including death-and-killing idioms, written for this file.
ESConv is CC BY-NC and is never used here.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from alliance.safety.classifier import CHUNK_WORDS, NAME, WEIGHTS_FILE, split_chunks

VERSION = "minilm-v1"
SEED = 20261122
DEFAULT_DATASETS = Path(__file__).resolve().parents[3].parent / "shared" / "datasets"
DATA_DIR = Path(__file__).resolve().parent / "data"

POSITIVE_LABELS = ("Ideation", "Behavior", "Attempt")
NEGATIVE_LABELS = ("Supportive", "Indicator")

# Counselchat questions matching this are excluded: they may be current risk, third-party or history.
_RISK_WORDS = re.compile(
    r"suicid|kill(ing)? (my|him|her|them)sel|end (my life|it all)|want(ed)? to die|wanna die|self[- ]?harm|"
    r"cut(ting)? myself|hurt(ing)? myself|overdos|better off dead|take my (own )?life|not (be )?here anymore|"
    r"\bdie\b|\bdeath\b|\bdead\b",
    re.I,
)


@dataclass(frozen=True)
class Example:
    """One training or evaluation text with its label and grouping key (user or question)."""

    text: str
    label: int  # 1 = risk at moderate or above, 0 = not
    source: str  # "reddit" | "counselchat" | "everyday"
    group: str  # split unit: Reddit user, counselchat question, or the everyday message itself
    detail: str  # Reddit C-SSRS label, counselchat topic, or "everyday"


def _parse_posts(raw: str) -> list[str]:
    """Parse a Python-literal list of posts; rows cut at 32,759 characters (a spreadsheet limit) lose their
    last, partial post."""
    try:
        return [str(p) for p in ast.literal_eval(raw)]
    except (SyntaxError, ValueError):
        for sep in ("', '", "', \"", "\", '", "\", \""):
            cut = raw.rfind(sep)
            if cut > 0:
                try:
                    return [str(p) for p in ast.literal_eval(raw[: cut + 1] + "]")]
                except (SyntaxError, ValueError):
                    continue
        return []


_FIRST_PERSON = re.compile(r"\b(i|me|my|myself|mine|im|ive|id|ill)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(you|your|yours|youre|yourself|youve|youll)\b", re.I)


def is_self_disclosure(text: str) -> bool:
    """A post about the writer (>= 2 first-person words, at least twice the second-person ones), not a reply
    supporting someone else: user-level labels describe the writer, so only these posts carry them."""
    first, second = len(_FIRST_PERSON.findall(text)), len(_SECOND_PERSON.findall(text))
    return first >= 2 and first >= 2 * second


def load_reddit(datasets: Path) -> list[Example]:
    """Self-disclosure posts of the 500 C-SSRS users, labelled from the user's level."""
    path = datasets / "reddit-cssrs-gaur2019" / "500_Reddit_users_posts_labels.csv"
    csv.field_size_limit(1 << 30)
    examples = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = row["Label"].strip()
            if label not in POSITIVE_LABELS + NEGATIVE_LABELS:
                continue
            for post in _parse_posts(row["Post"]):
                post = " ".join(post.split())
                if len(post) >= 20 and is_self_disclosure(post):
                    positive = int(label in POSITIVE_LABELS)
                    examples.append(Example(post, positive, "reddit", row["User"], label))
    return examples


def load_counselchat(datasets: Path) -> list[Example]:
    """Help-seeker question titles and texts without risk words, as negatives grouped by question."""
    path = datasets / "counselchat" / "20200325_counsel_chat.csv"
    seen: set[str] = set()
    examples = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            qid = row["questionID"]
            if qid in seen:
                continue
            seen.add(qid)
            title, text = " ".join(row["questionTitle"].split()), " ".join(row["questionText"].split())
            if _RISK_WORDS.search(title + " " + text) or row["topic"] == "self-harm":
                continue
            for t in (title, text):
                if len(t) >= 10:
                    examples.append(Example(t, 0, "counselchat", f"cc-{qid}", row["topic"]))
    return examples


def load_everyday() -> list[Example]:
    """The hand-written everyday messages below, as negatives."""
    return [Example(t, 0, "everyday", f"ev-{i}", "everyday") for i, t in enumerate(EVERYDAY)]


# Everyday messages a client might send, written for this classifier. They are not the repository's
# evaluation set (src/alliance/safety/data/testset.jsonl) and must not be copied from it.
EVERYDAY = [
    "I'm dying to see the new season of that show",
    "my feet are killing me after that hike",
    "you absolutely killed it at the presentation today",
    "I could murder a burger right now",
    "that joke killed me, I was crying laughing",
    "I nearly died laughing at the video you sent",
    "I'm dead tired after the night shift",
    "I'd kill for a coffee this morning",
    "this traffic is going to be the death of me",
    "the suspense is killing me, just tell me",
    "my phone is dead again, I'll call you later",
    "we killed some time at the museum before the train",
    "if I eat one more cookie I'll explode",
    "my mom is going to kill me when she sees my room",
    "the battery died halfway through the movie",
    "I'm so over this rain, I want summer back",
    "I'm exhausted but it was a good week",
    "work was stressful today but I got through it",
    "I need to go to bed early tonight, big day tomorrow",
    "I slept terribly last night because of the neighbours",
    "can we move our appointment to Thursday?",
    "I finished the breathing exercise you gave me",
    "I went for a walk and it helped a bit",
    "I had a fight with my sister about the holidays",
    "my boss gave me a lot of feedback and I felt a bit criticised",
    "I'm nervous about my exam on Monday",
    "I did the homework sheet, it was harder than I thought",
    "the kids were a nightmare at dinner",
    "I'm feeling a bit down today but nothing serious",
    "I forgot my lunch again, typical Monday",
    "I tried the new yoga class and loved it",
    "I think I'm getting a cold",
    "we're planning a trip to the coast next month",
    "my cat knocked my coffee over my keyboard",
    "I finally cleaned out the garage",
    "I'm looking forward to seeing my friends on Friday",
    "I watched a documentary about the Second World War",
    "I'm reading a murder mystery and can't put it down",
    "the game last night was a massacre, we lost six nil",
    "my plants all died while I was on holiday",
    "our old dog passed away last year and I still miss him",
    "I'm killing it at the gym lately",
    "this heat is unbearable",
    "I got the job! I start in two weeks",
    "I'm bored out of my mind at work",
    "I can't be bothered to cook tonight, ordering pizza",
    "my back hurts from sitting all day",
    "the meeting dragged on forever",
    "I'm so hungry I could eat a horse",
    "I'm sick of this cold weather",
    "we argued about money again but sorted it out",
    "I'm a bit anxious about the party but I'll go",
    "the train was cancelled so I worked from home",
    "I felt proud of myself for speaking up in the meeting",
    "I've been journaling every night like we discussed",
    "thanks for the session today, it was helpful",
    "I'm running late, be there in ten minutes",
    "what time is our call next week?",
    "I didn't do the worksheet, sorry, it was a busy week",
    "I'm stressed about my taxes",
    "my teenager won't talk to me at the moment",
    "I can't stand my commute",
    "I'm fed up with my landlord",
    "I just want to sleep in all weekend",
    "I'm going to crash on the sofa and watch TV",
    "that exam killed me, I hope I passed",
    "I'm so embarrassed I could die",
    "my laptop died right before the deadline",
    "I'm dead serious, that was the best pasta ever",
    "I would die for a holiday right now",
    "the plot twist killed me",
    "I'll be dead to the world by nine tonight",
    "my legs are dead after leg day",
    "the old printer finally gave up the ghost",
    "I'm over the moon about the news",
    "I'm at the end of my rope with this printer",
    "I can't take this heat any more, I'm melting",
    "I'm drowning in emails",
    "I'm swamped at work this week",
    "the deadline is going to kill me",
    "I could sleep for a week",
    "I feel like a zombie before my first coffee",
    "if I don't get this report done my manager will have my head",
    "we had a lovely dinner with my in-laws",
    "I finally booked the dentist appointment I was avoiding",
    "my son scored his first goal today",
    "I went to my friend's funeral last week, it was a beautiful service",
    "my grandmother is in hospital but she's recovering well",
    "I'm learning to play the guitar",
    "I'm nervous about flying next week",
    "my knee is sore from running",
    "I want to take a break from social media for a while",
    "I need a holiday from my holiday",
    "I'm giving my old clothes to the charity shop",
    "I'm selling my bike because I never use it",
    "I said goodbye to my colleagues, I'm starting a new job",
    "we're moving house next month and there's so much to pack",
    "I'm writing my will because we just had a baby, the lawyer said it's sensible",
    "I gave my old books away to my niece",
    "I'm trying to cut down on sugar",
    "I cut my hair short and I love it",
    "I burnt the toast again",
    "I'm hurting after that workout but it's a good hurt",
    "I'm tired of hearing about the election",
    "I'm done with this assignment, finally",
    "I've had enough of this noise from next door",
    "I just want this week to be over",
    "I'm sick and tired of doing the dishes every night",
    "I hate Mondays",
    "I'm not a morning person at all",
    "I feel a bit lonely since my flatmate moved out",
    "I've been eating better and it shows",
    "I made soup from scratch, it was great",
    "we watched a horror film and I couldn't sleep",
    "the video game boss killed me ten times",
    "my character died in the last level",
    "I shot some great photos at the wedding",
    "we went hunting for bargains at the market",
    "I'm going to the gun range with my dad for his birthday, it's his hobby",
    "I take my vitamins every morning",
    "the pharmacy was out of my allergy tablets",
    "I'm getting better at saying no to extra shifts",
    "I'm worried about my dad's health",
    "I'm frustrated that nothing changes at work",
    "I cried at the end of the film",
    "I'm feeling much better than last month",
    "I'm having a hard week but I'm managing",
    "I'm so tired of being tired, I need more sleep",
    "the baby kept us up all night again",
    "I'm heading to bed, good night",
    "see you next week, take care",
    "I'm going to the beach tomorrow if the weather holds",
    "I'm painting the spare room blue",
    "we adopted a kitten!",
    "my team won the quiz night",
    "I ran my first five kilometres without stopping",
    "the printer at work jammed three times today",
    "I'm trying a new recipe for lasagne tonight",
    "my sister is visiting from abroad next week",
    "I had a nice chat with my neighbour over the fence",
    "the bus was late again so I walked",
    "I'm thinking about getting a dog",
    "my partner surprised me with flowers",
    "I spent the afternoon gardening",
    "we're celebrating my dad's sixtieth birthday on Sunday",
    "I signed up for a pottery class",
    "I can't decide what to wear to the wedding",
    "I got a parking ticket, so annoying",
    "the new phone update drained my battery",
    "I'm making a playlist for the road trip",
    "my daughter lost her first tooth",
    "I'm taking the kids swimming after school",
    "I had the best sleep in weeks",
    "I need to buy a present for my friend's birthday",
    "work is quiet this week, which is nice",
    "I'm catching up on emails this morning",
    "our football team finally won a match",
    "I'm nervous about my driving test",
    "I'm volunteering at the food bank on Saturday",
    "the cinema was packed last night",
    "I started a new book by my favourite author",
    "my friend and I went for brunch",
    "I'm trying to drink more water",
    "I forgot my umbrella and got soaked",
    "I've been practising the relaxation technique before bed",
    "my manager praised my report",
    "I'm going camping with my cousins",
    "my landlord finally fixed the heating",
    "I made it to the gym three times this week",
    "I'm knitting a scarf for my nephew",
    "my flight got delayed by two hours",
    "we repainted the kitchen over the weekend",
    "I watched the sunset from the hill",
    "I'm learning Spanish on an app",
    "I cooked dinner for my parents",
    "the coffee machine at work is broken again",
    "I had a long call with my best friend",
    "I'm looking for a new flat closer to work",
    "my son has a school play tonight",
    "I finally finished the jigsaw puzzle",
    "I'm trying to spend less time on my phone",
    "I went to a concert and the band was amazing",
    "we had a barbecue in the garden",
    "my car needs new tyres",
    "I'm meeting my old colleagues for drinks",
    "I cleaned the whole flat and it feels great",
    "the dentist said my teeth are fine",
    "I'm picking up my niece from nursery",
    "I have a job interview on Wednesday",
    "I got a bit sunburnt at the beach",
    "my brother is getting married in June",
    "I'm dreading the family gathering but it'll be fine",
    "my neighbour's dog barks all night, it's driving me mad",
    "this homework is killing me, so many questions",
    "I'm dying for a cup of tea",
    "the comedian was so funny I thought I'd die",
    "I almost had a heart attack when the alarm went off",
    "my inbox is a disaster zone",
    "I'm going to kill my brother, he ate my leftovers",
    "that workout absolutely destroyed me",
    "my plants are barely surviving this heatwave",
    "I died a little inside when I saw the bill",
    "the exam was brutal but I survived",
    "I'm sick of my flatmate's dirty dishes",
    "ugh, Mondays are the worst",
    "I'm fed up with the weather",
    "I slept through my alarm and missed the bus",
    "I'm worn out after the kids' party",
    "I could really do with a nap",
    "I'm off to bed, I'm shattered",
    "I want to sleep for twelve hours straight",
    "I can't get to sleep when it's this hot",
    "I'm taking a nap before the evening shift",
    "the film ended with everyone dying, so sad",
    "we went to a murder mystery dinner party",
    "I lost the chess game in ten moves",
    "my grandad tells the same war stories every Christmas",
    "I'm writing an essay about the history of medicine",
    "I'm giving away the kittens to good homes",
    "I said goodbye to my old car today, sold it",
    "I'm clearing out my wardrobe and donating stuff",
    "we're saying farewell to a colleague who is retiring",
    "I bought a rope for the climbing course",
    "I need to pick up my prescription from the pharmacy",
    "I'm saving up for a holiday",
    "my exam results come out tomorrow",
    "I've been a bit irritable this week",
    "I'm disappointed I didn't get the promotion",
    "I felt anxious on the crowded train but it passed",
    "I miss my friends from university",
    "I had a disagreement with my partner about chores",
    # Between-session companion talk: therapy homework, medication, mood and mild distress (`none` or `low`).
    "I filled in my thought record twice this week",
    "the grounding exercise helped when I got overwhelmed on the bus",
    "I tried the five senses thing before my meeting and it calmed me down",
    "I spoke to my doctor about changing the dose",
    "I forgot to take my medication this morning, taking it now",
    "my mood was about a six out of ten today",
    "I logged my mood every evening like you suggested",
    "I feel flat today, not bad, just flat",
    "I've been a bit low since the weather turned",
    "I'm anxious about telling my manager I need time off",
    "I had a panic attack in the supermarket but it passed after ten minutes",
    "I cried after my appointment but I think it was a good cry",
    "I'm finding it hard to get out of bed on dark mornings",
    "I'm nervous about our next session, we're talking about my childhood",
    "I feel guilty that I snapped at my kids",
    "I've been overthinking everything my friend said",
    "I managed to go to the shop on my own, which felt like a big step",
    "I skipped the gym again and I'm annoyed with myself",
    "I keep procrastinating on my assignments and then panicking",
    "I felt really lonely on Sunday afternoon",
    "I'm still grieving my mum, some days are harder than others",
    "it's the anniversary of my divorce and I feel a bit wobbly",
    "I got some bad news about my job and I'm upset",
    "I argued with my partner and now we're not talking",
    "my self-esteem has been really low this month",
    "I compare myself to everyone at work and feel useless",
    "I've been comfort eating a lot this week",
    "I feel overwhelmed with all the things on my to-do list",
    "I've been drinking a bit more than usual at weekends",
    "I can't stop worrying about money",
    "I feel stuck in my career",
    "I'm dreading going back to work after the holidays",
    "I've been irritable and short with everyone",
    "I had a nightmare about the accident again",
    "I felt jealous when my friend got engaged and then felt bad about it",
    "I'm tired of feeling anxious all the time",
    "I don't enjoy things as much as I used to",
    "my sleep has been all over the place",
    "I've been avoiding my phone because I don't want to reply to anyone",
    "I spent the whole day on the sofa and feel lazy",
    "I'm angry at myself for missing the deadline",
    "I had a rough day but talking to my sister helped",
    "I managed to use the breathing technique when I got angry",
    "I practised saying no and it went better than I expected",
    "the worksheet about core beliefs was hard to fill in",
    "I noticed my catastrophising today and challenged it",
    "I want to talk about my relationship with my dad next time",
    "can we go over the sleep plan again next session?",
    "I feel a bit better after the walk, thanks for suggesting it",
    "I've been more patient with myself this week",
    "I'm proud I went to the party even though I was nervous",
    "my therapist and I are working on my perfectionism",
    "the relaxation audio put me straight to sleep",
    "I've started a gratitude list and it's a bit cheesy but nice",
    "my counsellor is on holiday so I'm using the app instead",
    "I keep forgetting to do my exposure homework",
    "today was a low day but I got through it",
    "I'm stressed about moving out of my parents' place",
    "I feel like I'm not good enough at my new job",
    "I'm anxious before every exam, my hands shake",
    "I miss the person I was before the pandemic",
    "I feel sad when I look at old photos",
    "I get jealous easily and it's hurting my relationship",
    "my heart races when I have to speak in class",
    "I felt empty after the holidays ended",
]

# Share of the negative class's total weight given to each negative source (positives get the same total).
NEGATIVE_SHARES = {"reddit": 0.5, "counselchat": 0.3, "everyday": 0.2}
SPLIT = (0.6, 0.2, 0.2)  # train / validation (threshold) / test (reported), by user or question
MIL_ROUNDS, MIL_KEEP = 2, 0.5
# Threshold limits on the validation split: everyday messages (the screen's overall target is <= 5%, and the
# classifier is only one layer) and help-seekers' questions without risk words (distress, `low` at most).
MAX_EVERYDAY, MAX_COUNSELCHAT = 0.02, 0.15


def split_groups(examples: list[Example], seed: int = SEED) -> dict[str, str]:
    """Assign each group (user, question, message) to train/val/test, stratified by source and label."""
    strata: dict[tuple[str, str], set[str]] = {}
    for ex in examples:
        strata.setdefault((ex.source, ex.detail if ex.source == "reddit" else ex.source), set()).add(ex.group)
    assignment: dict[str, str] = {}
    for key in sorted(strata):
        # One generator per stratum, so adding everyday messages never reshuffles the Reddit users.
        rng = np.random.default_rng([seed, int(hashlib.sha256("/".join(key).encode()).hexdigest()[:8], 16)])
        groups = sorted(strata[key])
        rng.shuffle(groups)
        n_train, n_val = round(len(groups) * SPLIT[0]), round(len(groups) * SPLIT[1])
        for i, g in enumerate(groups):
            assignment[g] = "train" if i < n_train else "val" if i < n_train + n_val else "test"
    return assignment


def sample_weights(examples: list[Example]) -> np.ndarray:
    """Balance positives against negatives, and negative sources by NEGATIVE_SHARES."""
    labels = np.array([ex.label for ex in examples])
    weights = np.zeros(len(examples))
    n_pos = max(int(labels.sum()), 1)
    weights[labels == 1] = 1.0
    for source, share in NEGATIVE_SHARES.items():
        idx = [i for i, ex in enumerate(examples) if ex.label == 0 and ex.source == source]
        if idx:
            weights[idx] = share * n_pos / len(idx)
    return weights * len(examples) / weights.sum()


def train_head(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, seed: int = SEED, l2: float = 1e-3,
               epochs: int = 60, batch: int = 128, lr: float = 0.01) -> tuple[np.ndarray, float]:
    """Weighted L2-regularised logistic regression by mini-batch Adam; same seed, same weights."""
    rng = np.random.default_rng(seed)
    x = np.asarray(x, dtype=np.float64)
    theta = np.concatenate([rng.normal(0, 0.01, x.shape[1]), [0.0]])
    m, v = np.zeros_like(theta), np.zeros_like(theta)
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), batch):
            idx = order[start : start + batch]
            xb, yb, wb = x[idx], y[idx], w[idx]
            p = 1 / (1 + np.exp(-(xb @ theta[:-1] + theta[-1])))
            err = wb * (p - yb) / wb.sum()
            grad = np.concatenate([xb.T @ err + l2 * theta[:-1], [err.sum()]])
            step += 1
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad**2
            theta -= lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return theta[:-1].astype(np.float32), float(theta[-1])


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney, ties counted half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    ranks = np.empty(len(scores))
    order = np.argsort(scores, kind="mergesort")
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):  # average ranks of ties
        tie = scores == value
        ranks[tie] = ranks[tie].mean()
    return float((ranks[labels == 1].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _rates(scores, labels, threshold) -> dict[str, float]:
    flagged = scores >= threshold
    tp = float((flagged & (labels == 1)).sum())
    return {"auc": roc_auc(scores, labels),
            "recall": tp / max((labels == 1).sum(), 1),
            "precision": tp / flagged.sum() if flagged.any() else float("nan"),
            "flag_rate": float(flagged.mean()) if len(flagged) else float("nan")}


def metrics_with_ci(scores, labels, groups, threshold, *, seed: int = SEED, reps: int = 1000) -> dict:
    """Point estimates with 95% CIs from a bootstrap over groups (users or questions)."""
    scores, labels, groups = np.asarray(scores), np.asarray(labels), np.asarray(groups)
    point = _rates(scores, labels, threshold)
    unique = np.unique(groups)
    members = {g: np.flatnonzero(groups == g) for g in unique}
    rng = np.random.default_rng(seed)
    samples: dict[str, list[float]] = {k: [] for k in point}
    for _ in range(reps):
        idx = np.concatenate([members[g] for g in rng.choice(unique, len(unique))])
        for k, val in _rates(scores[idx], labels[idx], threshold).items():
            samples[k].append(val)
    out = {"n": int(len(scores)), "n_groups": int(len(unique)), "positives": int(labels.sum())}
    for k, val in point.items():
        vals = np.array([s for s in samples[k] if not np.isnan(s)])
        ci = [round(float(np.percentile(vals, 2.5)), 4), round(float(np.percentile(vals, 97.5)), 4)] if len(
            vals) else None
        out[k] = {"value": None if np.isnan(val) else round(val, 4), "ci95": ci}
    return out


def choose_threshold(scores: np.ndarray, examples: list[Example], *, max_everyday: float = MAX_EVERYDAY,
                     max_counselchat: float = MAX_COUNSELCHAT) -> float:
    """Lowest threshold (most recall) keeping validation flag rates within the limits on everyday messages and
    on help-seekers' questions without risk words."""
    src = np.array([ex.source for ex in examples])

    def rate(source: str, t: float) -> float:
        s = scores[src == source]
        return float((s >= t).mean()) if len(s) else 0.0

    for t in np.round(np.arange(0.05, 0.995, 0.005), 3):
        if rate("everyday", t) <= max_everyday and rate("counselchat", t) <= max_counselchat:
            return float(t)
    return 0.99


def fit_mil(x: np.ndarray, examples: list[Example], *, seed: int = SEED) -> tuple[np.ndarray, float]:
    """Fit, then refit keeping only the top-scoring half of each positive user's posts (MIL_ROUNDS times):
    a risky user's label applies to some of their posts, not all, so this narrows positives to the ones that
    carry it (multiple-instance learning with a max-style selection)."""
    y = np.array([ex.label for ex in examples], dtype=np.float64)
    keep = np.ones(len(examples), dtype=bool)
    weights, bias = train_head(x, y, sample_weights(examples), seed=seed)
    by_user: dict[str, list[int]] = {}
    for i, ex in enumerate(examples):
        if ex.label == 1 and ex.source == "reddit":
            by_user.setdefault(ex.group, []).append(i)
    for _ in range(MIL_ROUNDS):
        score = x @ weights + bias
        keep[:] = True
        for idx in by_user.values():
            ranked = sorted(idx, key=lambda i: -score[i])
            keep[ranked[max(1, int(np.ceil(len(idx) * MIL_KEEP))):]] = False
        sub = [ex for ex, k in zip(examples, keep) if k]
        weights, bias = train_head(x[keep], y[keep], sample_weights(sub), seed=seed)
    return weights, bias


def _embed_cached(embedder, texts: list[str], cache_dir: Path) -> np.ndarray:
    """Embed texts, reusing vectors from earlier runs (a per-text cache keyed by the model hash)."""
    path = cache_dir / f"training-vectors-{embedder.model_hash[:16]}.npz"
    cache: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as data:
            cache = dict(zip(data["keys"].tolist(), data["vectors"]))
    keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if missing:
        for (k, _), v in zip(missing, embedder.embed([t for _, t in missing], batch_size=32)):
            cache[k] = v
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())))
        tmp.replace(path)
    return np.stack([cache[k] for k in keys]) if texts else np.zeros((0, embedder.dim), np.float32)


def _windowed_scores(embedder, weights, bias, examples, cache_dir) -> np.ndarray:
    """Inference-time scores: each text cut into sentence windows, max probability over windows."""
    owners, chunks = [], []
    for i, ex in enumerate(examples):
        for c in split_chunks(ex.text, CHUNK_WORDS):
            owners.append(i)
            chunks.append(c)
    probs = 1 / (1 + np.exp(-(_embed_cached(embedder, chunks, cache_dir) @ weights + bias)))
    out = np.zeros(len(examples))
    np.maximum.at(out, np.array(owners), probs)
    return out


def evaluate(scores: np.ndarray, examples: list[Example], threshold: float) -> dict:
    """Held-out metrics: Reddit posts and users, counselchat questions, everyday messages."""
    labels = np.array([ex.label for ex in examples])
    groups = np.array([ex.group for ex in examples])
    src = np.array([ex.source for ex in examples])
    detail = np.array([ex.detail for ex in examples])
    result: dict = {}
    reddit = src == "reddit"
    result["reddit_posts"] = metrics_with_ci(scores[reddit], labels[reddit], groups[reddit], threshold)
    users = sorted(set(groups[reddit]))
    user_score = np.array([scores[groups == u].max() for u in users])
    user_label = np.array([labels[groups == u][0] for u in users])
    result["reddit_users_any_post"] = metrics_with_ci(user_score, user_label, np.array(users), threshold)
    result["reddit_flag_rate_by_label"] = {
        lab: metrics_with_ci(scores[reddit & (detail == lab)], labels[reddit & (detail == lab)],
                             groups[reddit & (detail == lab)], threshold)["flag_rate"]
        for lab in POSITIVE_LABELS + NEGATIVE_LABELS}
    user_detail = {g: d for g, d in zip(groups[reddit], detail[reddit])}
    result["reddit_user_flag_rate_by_label"] = {
        lab: metrics_with_ci(user_score[m], user_label[m], np.array(users)[m], threshold)["flag_rate"]
        for lab in POSITIVE_LABELS + NEGATIVE_LABELS
        for m in [np.array([user_detail[u] == lab for u in users])]}
    for source in ("counselchat", "everyday"):
        m = src == source
        rates = metrics_with_ci(scores[m], labels[m], groups[m], threshold)
        result[f"{source}_flag_rate"] = rates["flag_rate"]
    result["everyday_flagged"] = [ex.text for ex, sc in zip(examples, scores)
                                  if ex.source == "everyday" and sc >= threshold]
    return result


# Not training data: shown in the metrics so a reader sees how typical indirect and idiomatic messages score.
PROBES = [
    "everyone would be better off without me",
    "I just want to go to sleep and never wake up",
    "I don't see the point in going on anymore",
    "I've been giving away my things, I won't need them",
    "nobody would even notice if I was gone",
    "I'm a burden to everyone around me",
    "I can't wait for the weekend",
    "this recipe is to die for",
    "my boss will kill me if I'm late again",
    "I'm so tired of this traffic",
    "I feel sad since the breakup",
]


def run(datasets: Path, out_dir: Path, *, seed: int = SEED) -> dict:
    """Load data, embed, train, pick the threshold, evaluate, and write the weights and metrics."""
    from alliance.config import get_settings
    from alliance.llm.embeddings import MODEL_NAME, get_embedder

    started = time.time()
    embedder = get_embedder()
    cache_dir = get_settings().cache_dir / "embeddings"
    examples = load_reddit(datasets) + load_counselchat(datasets) + load_everyday()
    part = split_groups(examples, seed)
    train = [ex for ex in examples if part[ex.group] == "train"]
    val = [ex for ex in examples if part[ex.group] == "val"]
    test = [ex for ex in examples if part[ex.group] == "test"]
    weights, bias = fit_mil(_embed_cached(embedder, [ex.text for ex in train], cache_dir), train, seed=seed)
    val_scores = _windowed_scores(embedder, weights, bias, val, cache_dir)
    threshold = choose_threshold(val_scores, val)
    test_scores = _windowed_scores(embedder, weights, bias, test, cache_dir)
    sources = ("reddit", "counselchat", "everyday")
    counts = {name: {s: sum(1 for ex in part_ if ex.source == s) for s in sources}
              for name, part_ in (("train", train), ("val", val), ("test", test))}
    description = (
        "positives: self-disclosure posts of Ideation/Behavior/Attempt users of reddit-cssrs-gaur2019 "
        "(CC BY 4.0), "
        f"narrowed by {MIL_ROUNDS} multiple-instance rounds (top {MIL_KEEP:.0%} per user); negatives: "
        "self-disclosure posts of Supportive/Indicator users, counselchat question titles and texts without "
        f"risk words (MIT), {len(EVERYDAY)} hand-written everyday messages; split by user/question {SPLIT}; "
        f"seed {seed}")
    metrics = {
        "name": NAME, "version": VERSION, "embedding_model": MODEL_NAME,
        "embedding_model_hash": embedder.model_hash, "threshold": threshold, "chunk_words": CHUNK_WORDS,
        "seed": seed, "training_data": description, "counts": counts,
        "threshold_rule": f"lowest threshold with everyday flag rate <= {MAX_EVERYDAY:.0%} and counselchat "
                          f"flag rate <= {MAX_COUNSELCHAT:.0%} on the validation split",
        "validation_auc_reddit_posts": round(roc_auc(
            val_scores[[ex.source == "reddit" for ex in val]],
            np.array([ex.label for ex in val if ex.source == "reddit"])), 4),
        "test": evaluate(test_scores, test, threshold),
        "probes": {p: round(s, 4) for p, s in zip(PROBES, _windowed_scores(
            embedder, weights, bias, [Example(p, 0, "probe", p, "probe") for p in PROBES], cache_dir))},
        "seconds": round(time.time() - started, 1),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    np.savez(out_dir / WEIGHTS_FILE, weights=weights, bias=np.float64(bias), threshold=np.float64(threshold),
             version=np.str_(VERSION), name=np.str_(NAME), embedding_model=np.str_(MODEL_NAME),
             embedding_model_hash=np.str_(embedder.model_hash), chunk_words=np.int64(CHUNK_WORDS),
             training_data=np.str_(description), seed=np.int64(seed))
    (out_dir / WEIGHTS_FILE.replace(".npz", ".metrics.json")).write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description="Train the safety screen's embedding classifier.")
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    metrics = run(args.datasets, args.out, seed=args.seed)
    json.dump({k: metrics[k] for k in ("threshold", "test", "probes", "seconds")}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
