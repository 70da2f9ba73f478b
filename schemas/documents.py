"""A decoded document: one per distinct content (doc_id is the sha256 of the normalised text)."""

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData


class DocumentModel(pa.DataFrameModel):
    doc_id: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", unique=True)
    source_file: str = pa.Field(str_length={"min_value": 1})
    title: str = pa.Field(nullable=True)
    doc_date: pl.Date = pa.Field(nullable=True)
    publisher: str = pa.Field(nullable=True)
    encoding: str
    n_chars: int = pa.Field(gt=0)
    n_bytes: int = pa.Field(gt=0)
    text: str

    @pa.dataframe_check(name="n_chars_is_text_length", error="n_chars differs from the length of the text")
    def n_chars_matches(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("text").str.len_chars() == pl.col("n_chars"))

    class Config:
        strict = False
        coerce = False
