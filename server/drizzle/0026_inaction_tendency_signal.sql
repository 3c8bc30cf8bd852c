-- ahzaxy-2020 第14条: the inaction signal "tendency" is renamed to "inaction_tendency" (不作为苗头性、倾向性问题), so it is
-- no longer labelled with the talks' 作风、品德、廉洁 tendency (scitc-2025 附件1 第五条（五）), which keeps the name "tendency".
UPDATE "inaction_case" SET "signal" = 'inaction_tendency' WHERE "signal" = 'tendency';
