"""Ranking metrics exactly as defined in shared/corpora/README.md.

NDCG@10: gain = grade (as trec_eval), discount 1/log2(rank+1), ideal ranking from all judged products of
the query, unjudged = 0. MRR@10: reciprocal rank of the first product with the corpus' top grade.
Recall@100: share of the products with grade >= 1 found in the first 100. Each metric is a mean over the
queries that can score on it: NDCG and Recall need a product with grade >= 1, MRR one with the top grade.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass


def _dcg(gains: list[int]) -> float:
    return sum(g / math.log2(rank + 1) for rank, g in enumerate(gains, start=1))


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float | None:
    """NDCG@k of one ranking, or None when no judged product has grade >= 1 (the query cannot score)."""
    ideal = _dcg(sorted(grades.values(), reverse=True)[:k])
    if ideal <= 0:
        return None
    return _dcg([grades.get(pid, 0) for pid in ranked[:k]]) / ideal


def condensed_ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float | None:
    """NDCG@k after dropping unjudged products from the ranking ("condensed list"), or None as ndcg_at."""
    return ndcg_at([pid for pid in ranked if pid in grades], grades, k)


def reciprocal_rank_at(ranked: list[str], grades: dict[str, int], top_grade: int, k: int = 10) -> float | None:
    """1/rank of the first product with `top_grade` in the first k, 0 if none; None when no judged
    product has that grade."""
    if top_grade not in grades.values():
        return None
    for rank, pid in enumerate(ranked[:k], start=1):
        if grades.get(pid, 0) == top_grade:
            return 1.0 / rank
    return 0.0


def recall_at(ranked: list[str], grades: dict[str, int], k: int = 100) -> float | None:
    """Share of the products with grade >= 1 among the first k, or None when the query has none."""
    relevant = {pid for pid, g in grades.items() if g >= 1}
    if not relevant:
        return None
    return len(relevant.intersection(ranked[:k])) / len(relevant)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class Quality:
    """Mean metrics of one engine configuration and mode over a set of queries."""

    queries: int  # queries run
    ndcg10: float | None
    ndcg10_judged: float | None  # condensed: unjudged products removed before cutting at 10
    mrr10: float | None
    recall100: float | None
    judged_at_10: float | None  # share of returned top-10 products that carry a judgment
    zero_result: int  # queries for which the engine matched nothing
    ndcg_queries: int  # queries that can score on NDCG and Recall
    mrr_queries: int  # queries that can score on MRR
    errors: int  # queries the engine failed on (counted as empty results)

    def as_dict(self) -> dict:
        return asdict(self)


def evaluate(
    rankings: dict[str, tuple[list[str], int]],
    qrels: dict[str, dict[str, int]],
    top_grade: int,
    errors: int = 0,
) -> Quality:
    """Means over `rankings` (query id -> (ranked product ids, total matches)) judged against `qrels`."""
    ndcg, condensed, mrr, recall = [], [], [], []
    judged_hits = returned = zero = 0
    for qid, (ranked, total) in rankings.items():
        grades = qrels.get(qid, {})
        if total == 0:
            zero += 1
        top = ranked[:10]
        returned += len(top)
        judged_hits += sum(1 for pid in top if pid in grades)
        for bucket, value in (
            (ndcg, ndcg_at(ranked, grades)),
            (condensed, condensed_ndcg_at(ranked, grades)),
            (mrr, reciprocal_rank_at(ranked, grades, top_grade)),
            (recall, recall_at(ranked, grades)),
        ):
            if value is not None:
                bucket.append(value)
    return Quality(
        queries=len(rankings),
        ndcg10=_mean(ndcg),
        ndcg10_judged=_mean(condensed),
        mrr10=_mean(mrr),
        recall100=_mean(recall),
        judged_at_10=judged_hits / returned if returned else None,
        zero_result=zero,
        ndcg_queries=len(ndcg),
        mrr_queries=len(mrr),
        errors=errors,
    )
