from kg import extract


def figures(text: str) -> list[tuple[float, str, float | None]]:
    return [(q.value, q.unit, q.change_pct) for q in extract(text).quantities]


def test_scale_word_and_currency() -> None:
    assert figures("بلغ حجم التبادل التجاري 4.2 مليار دولار.") == [(4_200_000_000.0, "USD", None)]


def test_arabic_indic_digits_and_thousands() -> None:
    assert figures("نقل الخط ٦٤٠ ألف طن من النفط.") == [(640_000.0, "t", None)]


def test_rise_by_percent_is_the_change_of_the_figure() -> None:
    text = "ارتفع حجم التجارة بنسبة 12 في المئة ليصل إلى 900 مليون دولار."
    assert figures(text) == [(900_000_000.0, "USD", 12.0)]


def test_a_share_is_a_figure_of_its_own() -> None:
    assert figures("تملك الشركة 51 في المئة من المشروع.") == [(51.0, "%", None)]


def test_figure_in_parentheses_and_ranges() -> None:
    assert figures("تم بناء (12) مدرسة.") == [(12.0, "schools", None)]
    assert [v for v, _, _ in figures("بين 8 و10 رحلات بحرية")] == [8.0, 10.0]


def test_a_year_alone_is_no_quantity() -> None:
    assert figures("وقعت الاتفاقية في عام 2019.") == []


def test_kilometres_and_cubic_metres() -> None:
    text = "يبلغ طول الخط 1800 كيلومتر وقدرته 31 مليار متر مكعب سنويا."
    assert figures(text) == [(1800.0, "km", None), (31_000_000_000.0, "m3", None)]


def test_the_closest_cue_names_the_metric() -> None:
    text = "ارتفع حجم التبادل التجاري بنسبة 5 في المئة وأصبح 300 مليون دولار."
    [q] = extract(text).quantities
    assert q.metric == "trade_volume"


def test_a_year_belongs_to_the_figure_before_it() -> None:
    text = "نقلت الشركة 200 ألف طن في عام 2019، و900 طن خلال الشهر الماضي."
    assert [(q.value, q.period) for q in extract(text).quantities] == [
        (200_000.0, "2019"),
        (900.0, None),
    ]


def test_hours_and_seats_are_counted_units() -> None:
    hours = extract("ويقطع القطار المسافة في سبع ساعات بدلا من ثلاثة أيام.").quantities
    assert (7.0, "hours") in [(q.value, q.unit) for q in hours]
    seats = extract("ووافق الجانبان على زيادة 12 ألف مقعد أسبوعيا.").quantities
    assert [(q.value, q.unit) for q in seats] == [(12000.0, "seats")]
