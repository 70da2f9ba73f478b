"""An observation as the contract (spec/OBSERVATIONS.md) defines it, with the checks that decide
whether it may enter the warehouse. A row that fails goes to quarantine with the check's name."""

from datetime import date

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData

from pipelines.rules import SEEDS_DIR, indicator_catalog, read_csv

MEASURES = ["level", "growth_yoy", "growth_avg_annual", "growth_other", "share", "target"]
DOMAINS = ["economy", "trade", "logistics", "social"]
METHODS = ["table", "prose"]
UNITS = sorted(row["unit"] for row in read_csv(SEEDS_DIR / "units.csv"))
CODES = sorted(indicator_catalog())
PERIOD = (r"^(?:\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-(?:0[1-9]|1[0-2])"
          r"|\d{4}-(?:0[1-9]|1[0-2])/\d{4}-(?:0[1-9]|1[0-2])|\d{4}/\d{4})$")
COUNT_UNITS = ["count", "count_per_day", "km", "t", "kW", "ha"]


class ObservationModel(pa.DataFrameModel):
    obs_id: str = pa.Field(unique=True)
    doc_id: str
    source_file: str
    indicator_code: str = pa.Field(isin=CODES)
    indicator_label: str = pa.Field(nullable=True)
    domain: str = pa.Field(isin=DOMAINS)
    region: str = pa.Field(str_length={"min_value": 1})
    partner: str = pa.Field(nullable=True)
    period: str = pa.Field(nullable=True, str_matches=PERIOD)
    measure: str = pa.Field(isin=MEASURES)
    value: float
    unit: str = pa.Field(isin=UNITS)
    value_as_written: str = pa.Field(str_length={"min_value": 1})
    evidence: str = pa.Field(str_length={"min_value": 1})
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(gt=0)
    method: str = pa.Field(isin=METHODS)
    doc_n_chars: int

    @pa.check("value", name="value_is_finite", error="the value does not parse as a finite number")
    def finite(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("value").is_finite())

    @pa.dataframe_check(name="share_within_0_100", error="a percent share must lie within 0-100")
    def share_range(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("measure") != "share") | pl.col("value").is_between(0, 100))

    @pa.dataframe_check(name="amount_not_negative", error="a count, length, weight, capacity or area cannot be negative")
    def not_negative(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(~pl.col("unit").is_in(COUNT_UNITS) | (pl.col("value") >= 0)
                                     | pl.col("measure").str.starts_with("growth"))

    @pa.dataframe_check(name="period_not_in_future", error="the period lies in the future, and the figure is not a target")
    def not_future(cls, data: PolarsData) -> pl.LazyFrame:
        year = pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False)
        return data.lazyframe.select((pl.col("measure") == "target") | year.is_null() | (year <= date.today().year))

    @pa.dataframe_check(name="offsets_inside_document", error="char_start/char_end fall outside the document")
    def offsets_inside(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("char_start") < pl.col("char_end")) & (pl.col("char_end") <= pl.col("doc_n_chars")))

    class Config:
        strict = False
