"""The Streamlit dashboard (run: ``streamlit run dashboard/streamlit_app.py``)."""
