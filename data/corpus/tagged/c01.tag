# Subordinate clauses whose verb is also a common noun (attacks, strikes, fires, shells, calls).
If/IN Russia/NNP attacks/VBZ ,/, NATO/NNP will/MD respond/VB ./.
If/IN the/DT army/NN strikes/VBZ first/RB ,/, the/DT rebels/NNS will/MD retreat/VB into/IN the/DT hills/NNS ./.
When/WRB Israel/NNP strikes/VBZ Gaza/NNP ,/, Hamas/NNP fires/VBZ rockets/NNS at/IN southern/JJ towns/NNS ./.
Unless/IN Iran/NNP halts/VBZ enrichment/NN ,/, Washington/NNP says/VBZ it/PRP will/MD tighten/VB sanctions/NNS ./.
If/IN China/NNP attacks/VBZ Taiwan/NNP ,/, Japan/NNP could/MD be/VB drawn/VBN into/IN the/DT conflict/NN ./.
Whenever/WRB the/DT government/NN raises/VBZ fuel/NN prices/NNS ,/, unions/NNS call/VBP strikes/NNS ./.
If/IN the/DT ceasefire/NN holds/VBZ ,/, aid/NN convoys/NNS will/MD enter/VB the/DT city/NN on/IN Monday/NNP ./.
While/IN the/DT army/NN shells/VBZ the/DT north/NN ,/, civilians/NNS flee/VBP south/RB ./.
Once/IN the/DT council/NN votes/VBZ ,/, the/DT mission/NN can/MD deploy/VB ./.
If/IN Moscow/NNP supplies/VBZ more/JJR drones/NNS ,/, Kyiv/NNP says/VBZ the/DT attacks/NNS on/IN its/PRP$ power/NN grid/NN will/MD grow/VB ./.
Because/IN the/DT junta/NN controls/VBZ the/DT airports/NNS ,/, aid/NN arrives/VBZ by/IN road/NN ./.
Although/IN Turkey/NNP backs/VBZ the/DT deal/NN ,/, Hungary/NNP has/VBZ not/RB yet/RB ratified/VBN it/PRP ./.
If/IN Pyongyang/NNP tests/VBZ another/DT missile/NN ,/, Seoul/NNP and/CC Tokyo/NNP will/MD hold/VB emergency/NN talks/NNS ./.
As/IN the/DT rebel/NN force/NN advances/VBZ ,/, thousands/NNS of/IN residents/NNS are/VBP fleeing/VBG Goma/NNP ./.
If/IN Belarus/NNP sends/VBZ troops/NNS ,/, Ukraine/NNP says/VBZ it/PRP will/MD close/VB the/DT border/NN ./.
The/DT minister/NN warned/VBD that/IN if/IN Hezbollah/NNP fires/VBZ again/RB ,/, Israel/NNP will/MD strike/VB Beirut/NNP ./.
If/IN the/DT opposition/NN boycotts/VBZ the/DT vote/NN ,/, the/DT result/NN will/MD lack/VB legitimacy/NN ./.
When/WRB police/NNS fire/VBP tear/NN gas/NN ,/, the/DT protesters/NNS scatter/VBP into/IN side/NN streets/NNS ./.
If/IN Washington/NNP lifts/VBZ the/DT embargo/NN ,/, Havana/NNP has/VBZ promised/VBN to/TO release/VB prisoners/NNS ./.
Should/MD the/DT talks/NNS fail/VB ,/, the/DT fighting/NN will/MD resume/VB ./.
If/IN the/DT strikes/NNS continue/VBP ,/, the/DT port/NN will/MD close/VB by/IN Friday/NNP ./.
As/IN long/RB as/IN Russia/NNP occupies/VBZ Ukrainian/JJ land/NN ,/, there/EX will/MD be/VB no/DT peace/NN ,/, Zelensky/NNP said/VBD ./.
If/IN Venezuela/NNP seizes/VBZ the/DT disputed/VBN region/NN ,/, Guyana/NNP will/MD ask/VB the/DT UN/NNP for/IN help/NN ./.
Before/IN the/DT army/NN withdraws/VBZ ,/, it/PRP must/MD hand/VB over/RP the/DT bases/NNS to/TO local/JJ police/NNS ./.
If/IN Serbia/NNP recognises/VBZ Kosovo/NNP ,/, Brussels/NNP says/VBZ accession/NN talks/NNS can/MD speed/VB up/RP ./.
Until/IN the/DT government/NN meets/VBZ their/PRP$ demands/NNS ,/, the/DT doctors/NNS say/VBP they/PRP will/MD stay/VB on/IN strike/NN ./.
If/IN the/DT fleet/NN enters/VBZ the/DT strait/NN ,/, Tehran/NNP warns/VBZ it/PRP will/MD respond/VB ./.
If/IN NATO/NNP deploys/VBZ more/JJR troops/NNS ,/, Russia/NNP threatens/VBZ to/TO station/VB missiles/NNS in/IN Belarus/NNP ./.
Even/RB if/IN Hamas/NNP releases/VBZ the/DT hostages/NNS ,/, the/DT blockade/NN will/MD continue/VB ,/, the/DT minister/NN said/VBD ./.
If/IN the/DT president/NN calls/VBZ early/JJ elections/NNS ,/, the/DT opposition/NN will/MD take/VB part/NN ./.
