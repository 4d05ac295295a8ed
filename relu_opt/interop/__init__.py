"""relu-opt with the rest of the ecosystem (each piece needs an optional extra):

    estimator.py  ReLURegressor, a scikit-learn estimator            [sklearn]
    onnx_io.py    certified networks to ONNX and dense ReLU MLPs back  [onnx]
    networks.py   read a network: ONNX, a result JSON, an MLPRegressor
    gap.py        how far a trained network is from its architecture's optimum
    pictures.py   the data and the fitted function, drawn             [plot]
"""
