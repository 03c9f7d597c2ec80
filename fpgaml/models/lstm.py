"""The LSTM jet tagger: a QLSTM over the pT-ordered constituents + a QDense head (see fpgaml.models.recurrent)."""

from fpgaml.models.recurrent import recurrent_family

FAMILY = recurrent_family("lstm")
